#!/usr/bin/env bash
# Generation and build at scale (issue 3, "Done means"): generate into a temporary package that
# holds the GraphModelSupport sources and the output, build it in debug, and report counts, times,
# peak memory and warnings.
#   scripts/scale-check.sh ../shared/corpus/en-us/v1.0     # real pages (needs extraction)
#   scripts/scale-check.sh --ir /tmp/ir.json               # an IR dump (e.g. scripts/synthetic-ir.py)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
swift build --product graphdoc >/dev/null
work=$(mktemp -d /tmp/graphdoc-scale.XXXXXX)
mkdir -p "$work/Sources/GraphModels" "$work/Sources/GraphModelSupport"
cp Sources/GraphModelSupport/*.swift "$work/Sources/GraphModelSupport/"
cat > "$work/Package.swift" <<'PKG'
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "ScaleCheck",
    targets: [
        .target(name: "GraphModelSupport"),
        .target(name: "GraphModels", dependencies: ["GraphModelSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
PKG
/usr/bin/time -f "generate: %e s wall, %M KB peak" -o "$work/gen.time" \
    "$root/.build/debug/graphdoc" generate "$@" --output "$work/Sources/GraphModels" --module GraphModels
(cd "$work" && swift build --target GraphModelSupport >/dev/null 2>&1)
set +e
(cd "$work" && /usr/bin/time -f "build: %e s wall, %M KB peak" -o "$work/build.time" swift build --target GraphModels > "$work/build.log" 2>&1)
status=$?
set -e
echo "models:     $(ls "$work/Sources/GraphModels/Models" 2>/dev/null | grep -vc '^Any' || true) structs, $(ls "$work/Sources/GraphModels/Models" 2>/dev/null | grep -c '^Any' || true) polymorphic enums"
echo "enums:      $(ls "$work/Sources/GraphModels/Enums" 2>/dev/null | wc -l)"
echo "operations: $(ls "$work/Sources/GraphModels/Operations" 2>/dev/null | grep -c '^Operations\.' || true)"
echo "lines:      $(cat "$work"/Sources/GraphModels/*/*.swift 2>/dev/null | wc -l)"
cat "$work/gen.time" "$work/build.time"
echo "warnings:   $(grep -c 'warning:' "$work/build.log" || true)"
echo "build exit: $status (log: $work/build.log)"
