#!/usr/bin/env bash
# The build cost of generated code: generates a whole reference into a scratch package (models, enums
# and operations in one target, as an SDK that commits generated code has them) and times
#   1. a clean debug build of that target (its dependencies, GraphModelSupport and swift-http-types,
#      built beforehand and not counted),
#   2. an incremental debug build after one page changes (a description, regenerated),
#   3. with RELEASE=1, a clean release build of the target,
# each with the peak memory of its largest compiler process (GNU time's maximum resident set size).
#
#   scripts/build-bench.sh [REFERENCE_FOLDER] [SCRATCH_FOLDER]
#
# REFERENCE_FOLDER defaults to ../shared/corpus/en-us/v1.0 beside the repository (a folder of Graph
# reference pages, as `api-reference/v1.0` of https://github.com/microsoftgraph/microsoft-graph-docs-contrib).
# GRAPHDOC=path uses a graphdoc already built; otherwise a release graphdoc is built.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
REFERENCE=${1:-$ROOT/../shared/corpus/en-us/v1.0}
SCRATCH=${2:-$(mktemp -d /tmp/graphdoc-build-bench.XXXXXX)}
SWIFT=${SWIFT:-swift}
if [ ! -d "$REFERENCE" ]; then
    echo "build-bench: no reference pages at $REFERENCE (clone microsoft-graph-docs-contrib and pass its api-reference/v1.0)" >&2
    exit 2
fi
if [ -z "${GRAPHDOC:-}" ]; then
    (cd "$ROOT" && $SWIFT build -c release --product graphdoc >/dev/null)
    GRAPHDOC="$ROOT/.build/release/graphdoc"
fi
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
# timed LABEL COMMAND...: runs COMMAND in the package, prints its time and peak memory.
timed() {
    local label=$1
    shift
    local start
    start=$(now)
    if ! /usr/bin/time -f "%M" -o "$SCRATCH/time.out" "$@" > "$SCRATCH/$label.log" 2>&1; then
        tail -30 "$SCRATCH/$label.log" >&2
        echo "build-bench: the $label build failed (log: $SCRATCH/$label.log)" >&2
        exit 1
    fi
    local seconds peak warnings
    seconds=$(elapsed "$start")
    peak=$(awk '{ printf "%.0f", $1 / 1024 }' "$SCRATCH/time.out")
    warnings=$(grep -c ': warning: ' "$SCRATCH/$label.log" || true)
    echo "build-bench: $label: $seconds s, peak $peak MB, $warnings warnings"
}

mkdir -p "$SCRATCH/Pages" "$SCRATCH/Sources/GraphModels"
cp -R "$REFERENCE"/. "$SCRATCH/Pages/"
chmod -R u+w "$SCRATCH/Pages"
cat > "$SCRATCH/Package.swift" <<EOF
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "BuildBench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "graphdoc", path: "$ROOT")],
    targets: [
        .target(name: "GraphModels", dependencies: [.product(name: "GraphModelSupport", package: "graphdoc")]),
    ],
    swiftLanguageModes: [.v6]
)
EOF
start=$(now)
"$GRAPHDOC" generate "$SCRATCH/Pages" --module GraphModels -o "$SCRATCH/Sources/GraphModels" > "$SCRATCH/generate.log" 2>&1
files=$(find "$SCRATCH/Sources/GraphModels" -name '*.swift' | wc -l)
lines=$(find "$SCRATCH/Sources/GraphModels" -name '*.swift' -exec cat {} + | wc -l)
echo "build-bench: generate: $(elapsed "$start") s, $files files, $lines lines ($(find "$SCRATCH/Pages" -name '*.md' | wc -l) pages)"
cd "$SCRATCH"
$SWIFT build --target GraphModelSupport > dependencies.log 2>&1
timed clean-debug $SWIFT build --target GraphModels

# One page changes: a resource page's first property description gains a word.
page=$(grep -l '^| *[A-Za-z]' Pages/resources/*.md 2>/dev/null | head -1 || true)
if [ -n "$page" ]; then
    awk 'BEGIN { done = 0 } /^\| *[A-Za-z]/ && !done && NR > 1 { sub(/\|[^|]*$/, " Changed.|"); done = 1 } { print }' "$page" > page.tmp
    mv page.tmp "$page"
    "$GRAPHDOC" generate Pages --module GraphModels -o Sources/GraphModels > regenerate.log 2>&1
    echo "build-bench: changed $(basename "$page"): $(tail -1 regenerate.log)"
    timed incremental-debug $SWIFT build --target GraphModels
fi
if [ "${RELEASE:-0}" = 1 ]; then
    timed clean-release $SWIFT build -c release --target GraphModels
fi
echo "build-bench: package and logs in $SCRATCH"
