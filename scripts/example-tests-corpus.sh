#!/usr/bin/env bash
# Example tests at scale: generate models and example tests from ../shared/corpus/en-us/v1.0 (or
# LOCALE=zh-cn-sxs, zh-cn: translated pages must generate and build too) into a temporary package,
# build it, run the tests, and count
#   - examples (request or response checks) that pass,
#   - known documentation issues, by lint rule (expectations a lint finding predicted),
#   - unexpected failures (a generator bug or a defect no lint rule predicts), by kind.
# The corpus is read in place, never copied (see its README). Debug build; it takes a while.
# Usage: scripts/example-tests-corpus.sh          (build first: swift build --product graphdoc)
#        CORPUS=/path/to/corpus OUT=/tmp/dir LOCALE=zh-cn scripts/example-tests-corpus.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$root/../shared/corpus}
bin=${GRAPHDOC:-$root/.build/debug/graphdoc}
out=${OUT:-$root/.build/example-tests-corpus}
pkg=$out/pkg

locale=${LOCALE:-en-us}
if [ ! -d "$corpus/$locale/v1.0" ]; then
    echo "example-tests-corpus: no corpus at $corpus (set CORPUS=...); nothing to do." >&2
    exit 0
fi
if [ ! -x "$bin" ]; then
    echo "example-tests-corpus: $bin is missing; run 'swift build --product graphdoc' first." >&2
    exit 2
fi
mkdir -p "$out" "$pkg/Sources"

# 1. The IR.
"$bin" ir "$corpus/$locale/v1.0" --format json > "$out/ir.json"

# 2. Models and example tests (lint findings become known issues).
"$bin" generate --ir "$out/ir.json" --module GraphModels \
    --output "$pkg/Sources/GraphModels" --tests-output "$pkg/Tests/GraphModelsExampleTests" 2> "$out/generate.log" \
    | tail -1
ln -sfn "$root/Sources/GraphModelSupport" "$pkg/Sources/GraphModelSupport"
cat > "$pkg/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "CorpusExampleTests",
    platforms: [.macOS(.v14)],
    targets: [
        .target(name: "GraphModelSupport"),
        .target(name: "GraphModels", dependencies: ["GraphModelSupport"]),
        .testTarget(name: "GraphModelsExampleTests", dependencies: ["GraphModels", "GraphModelSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT

# 3. Build (debug), then run the tests.
start=$(date +%s)
if ! (cd "$pkg" && swift build --build-tests > "$out/build.log" 2>&1); then
    echo "example-tests-corpus: the generated package does not build; first errors:" >&2
    grep -E "error:" "$out/build.log" | sort | uniq -c | sort -rn | head -20 >&2
    echo "errors: $(grep -c "error:" "$out/build.log" || true) (log: $out/build.log)" >&2
    exit 1
fi
echo "build: $(( $(date +%s) - start ))s, warnings in generated code: $(grep -E "/(GraphModels|GraphModelsExampleTests)/.*warning:" "$out/build.log" | sort -u | wc -l)"
(cd "$pkg" && swift test --skip-build --no-parallel > "$out/test.log" 2>&1) || true

# 4. Count.
python3 - "$out/test.log" <<'PY'
import collections, re, sys
lines = open(sys.argv[1], encoding="utf-8", errors="replace").read().splitlines()
passed = known_only = failed = 0
known_by_rule = collections.Counter()
unexpected = collections.Counter()
for i, line in enumerate(lines):
    if line.startswith("✔ Test ") and " passed after " in line:
        passed += 1
    elif line.startswith("━ Test ") and " passed after " in line:
        known_only += 1
    elif line.startswith("✘ Test ") and " failed after " in line:
        failed += 1
    elif line.startswith("━ Test ") and " recorded a known issue" in line:
        # The comment follows on `↳` lines: "<rule> at <file>:<line>: <message>".
        j = i + 1
        while j < len(lines) and lines[j].startswith("↳"):
            m = re.match(r"↳ ([a-z0-9-]+) at ", lines[j])
            if m:
                known_by_rule[m.group(1)] += 1
            j += 1
    elif line.startswith("✘ Test ") and " recorded an issue" in line:
        text = line.split(": ", 1)[1] if ": " in line else line
        if "Known issue was not recorded" in text:
            kind = "predicted by lint, not observed"
        elif "routeMatches" in text:
            kind = "route"
        elif "successStatus" in text:
            kind = "status"
        elif "encoded(decoded)" in text:
            kind = "round trip"
        elif "unexplained" in text:
            kind = "validation"
        elif "Caught error" in text or "threw" in text:
            kind = "error thrown (JSON or decoding)"
        elif "isReference" in text:
            kind = "$ref body"
        elif "polymorphic" in text:
            kind = "@odata.type"
        else:
            kind = "other"
        unexpected[kind] += 1
print(f"example messages: {passed + known_only + failed}")
print(f"  pass: {passed}")
print(f"  pass with known doc issues only: {known_only}")
print(f"  unexpected failures: {failed}")
print(f"known doc issues by rule ({sum(known_by_rule.values())}):")
for rule, count in known_by_rule.most_common():
    print(f"  {rule}: {count}")
print(f"unexpected issues by kind ({sum(unexpected.values())}):")
for kind, count in unexpected.most_common():
    print(f"  {kind}: {count}")
PY
