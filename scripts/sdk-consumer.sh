#!/usr/bin/env bash
# Measures graphdoc as an SDK user meets it: a package made from scratch whose model target holds the
# calendar, event and user pages of the Graph reference (with the resource pages their types need)
# and gets its models from the GraphDocGenerator build plugin, and whose test target holds the example
# tests `graphdoc generate --tests-output` writes for those pages. The tests send every documented
# example request through the URLSession transport to a loopback server answering with the page's
# response. Prints the clean and incremental build times and how many examples were sent and
# answered, with the failures.
#
#   scripts/sdk-consumer.sh [REFERENCE_FOLDER] [SCRATCH_FOLDER]
#
# REFERENCE_FOLDER defaults to ../shared/corpus/en-us/v1.0 beside the repository: a folder with `api/`
# and `resources/` as in https://github.com/microsoftgraph/microsoft-graph-docs-contrib (`api-reference/v1.0`).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
REFERENCE=${1:-$ROOT/../shared/corpus/en-us/v1.0}
SCRATCH=${2:-$(mktemp -d /tmp/graphdoc-sdk-consumer.XXXXXX)}
SWIFT=${SWIFT:-swift}
if [ ! -d "$REFERENCE/api" ]; then
    echo "sdk-consumer: no reference pages at $REFERENCE (clone microsoft-graph-docs-contrib and pass its api-reference/v1.0)" >&2
    exit 2
fi
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# GRAPHDOC=path uses a graphdoc already built.
if [ -z "${GRAPHDOC:-}" ]; then
    (cd "$ROOT" && $SWIFT build -c release --product graphdoc >/dev/null)
    GRAPHDOC="$ROOT/.build/release/graphdoc"
fi
PAGES="$SCRATCH/Sources/CalendarModels/Pages"
mkdir -p "$PAGES" "$SCRATCH/Tests/CalendarModelsTests"
for page in "$REFERENCE"/api/*.md; do
    case "$(basename "$page")" in
        calendar-*|calendargroup-*|calendarpermission-*|event-*|eventmessage-*|user-*) cp "$page" "$PAGES/" ;;
    esac
done
# The resource pages of every type the pages name, three rounds deep.
for _ in 1 2 3; do
    "$GRAPHDOC" ir "$PAGES" --format json -o "$SCRATCH/ir.json" 2>/dev/null || true
    python3 - "$SCRATCH/ir.json" "$REFERENCE/resources" "$PAGES" <<'EOF'
import json, os, shutil, sys
ir, resources, pages = sys.argv[1:4]
model = json.load(open(ir))
# Every type named or inferred (an example alone makes a type), and every type they refer to.
wanted = {t["name"].split(".")[-1].lower() for t in model["types"]}
def want(reference):
    if reference and reference.get("name"):
        wanted.add(reference["name"].split(".")[-1].lower())
for t in model["types"]:
    for p in t.get("properties", []) + t.get("relationships", []):
        want(p.get("type"))
    if t.get("baseType"):
        wanted.add(t["baseType"].split(".")[-1].lower())
for o in model["operations"]:
    want((o.get("requestBody") or {}).get("type"))
    for r in o.get("responses", []):
        want(r.get("type"))
for name in sorted(wanted):
    source = os.path.join(resources, name + ".md")
    if os.path.exists(source) and not os.path.exists(os.path.join(pages, name + ".md")):
        shutil.copy(source, pages)
EOF
done
echo "sdk-consumer: $(ls "$PAGES" | wc -l) pages in $PAGES"
cat > "$SCRATCH/Sources/CalendarModels/CalendarModels.swift" <<'EOF'
// The models are generated into this target by the GraphDocGenerator build plugin.
EOF
cat > "$SCRATCH/Package.swift" <<EOF
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "CalendarSDK",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "graphdoc", path: "$ROOT")],
    targets: [
        .target(
            name: "CalendarModels",
            dependencies: [.product(name: "GraphModelSupport", package: "graphdoc")],
            plugins: [.plugin(name: "GraphDocGenerator", package: "graphdoc")]
        ),
        .testTarget(
            name: "CalendarModelsTests",
            dependencies: [
                "CalendarModels", .product(name: "GraphModelSupport", package: "graphdoc"),
                .product(name: "GraphModelTesting", package: "graphdoc"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
EOF
"$GRAPHDOC" generate "$PAGES" --module CalendarModels -o "$SCRATCH/.models-unused" \
    --tests-output "$SCRATCH/Tests/CalendarModelsTests" >/dev/null
cd "$SCRATCH"
start=$(now)
$SWIFT build --build-tests > build.log 2>&1 || { tail -30 build.log; exit 1; }
echo "sdk-consumer: clean build (models, runtime, tests): $(elapsed "$start") s"
echo "sdk-consumer: warnings in the generated models: $(grep -c 'GeneratedSources.*warning:' build.log || true)"
touch "$PAGES/event-get.md"
start=$(now)
$SWIFT build --build-tests > incremental.log 2>&1
echo "sdk-consumer: incremental build after touching one page: $(elapsed "$start") s"
$SWIFT test --skip-build > test.log 2>&1 || true
exchanges=$(grep -hc '"[^"]*: sent and answered"' Tests/CalendarModelsTests/*.swift | awk '{ s += $1 } END { print s }')
examples=$(grep -hc '// MARK: ' Tests/CalendarModelsTests/*.swift | awk '{ s += $1 } END { print s }')
failed=$(grep -c 'Test ".*: sent and answered" failed\|✘ Test .*Exchange()' test.log || true)
echo "sdk-consumer: examples: $examples; sent and answered through URLSession: $exchanges tests, $failed failed"
grep -E '✘ Test .*Exchange\(\) recorded' test.log | head -40 || true
tail -1 test.log
echo "sdk-consumer: package, logs (build.log, incremental.log, test.log) in $SCRATCH"
