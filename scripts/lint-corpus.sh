#!/usr/bin/env bash
# Lint the shared corpus (../shared/corpus, see its README) and summarise the run:
#   - en-us/v1.0, zh-cn-sxs/v1.0, and en-us/v1.0 with --metadata (the v1.0 CSDL);
#   - counts per rule (stdout), JSON and Markdown reports under .build/lint-corpus/;
#   - lint time against `graphdoc ir` time over en-us/v1.0 (goal: lint <= ir + 20%).
# The corpus is data for measurement only: this script reads it in place and never copies it.
# Usage: scripts/lint-corpus.sh            (build first: swift build)
#        CORPUS=/path/to/corpus GRAPHDOC=/path/to/graphdoc scripts/lint-corpus.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$root/../shared/corpus}
bin=${GRAPHDOC:-$root/.build/debug/graphdoc}
out=${OUT:-$root/.build/lint-corpus}

if [ ! -d "$corpus/en-us/v1.0" ]; then
    echo "lint-corpus: no corpus at $corpus (set CORPUS=...); nothing to do." >&2
    exit 0
fi
if [ ! -x "$bin" ]; then
    echo "lint-corpus: $bin is missing; run 'swift build' first." >&2
    exit 2
fi
mkdir -p "$out"

seconds() { date +%s.%N; }

lint() {  # name, then lint arguments
    local name=$1; shift
    local start end
    start=$(seconds)
    "$bin" lint "$@" --format json --output "$out/$name.json" --fail-on never
    end=$(seconds)
    "$bin" lint "$@" --format markdown --output "$out/$name.md" --fail-on never
    echo "$name: $(python3 -c "print(f'{$end - $start:.1f}')")s" >&2
    python3 - "$out/$name.json" "$name" <<'PY'
import json, sys, collections
report = json.load(open(sys.argv[1]))
counts = collections.Counter(d["rule"] for d in report["diagnostics"])
s = report["summary"]
print(f"== {sys.argv[2]}: {s['errors']} errors, {s['warnings']} warnings, {s['notes']} notes over {s['pages']} pages")
for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {n:6d}  {rule}")
PY
}

lint en-us-v1.0 "$corpus/en-us/v1.0"
lint zh-cn-sxs-v1.0 "$corpus/zh-cn-sxs/v1.0"
if [ -f "$corpus/metadata/v1.0-2021-07.csdl.xml" ]; then
    lint en-us-v1.0-metadata "$corpus/en-us/v1.0" --metadata "$corpus/metadata/v1.0-2021-07.csdl.xml"
fi

if "$bin" ir --help >/dev/null 2>&1; then
    start=$(seconds)
    "$bin" ir "$corpus/en-us/v1.0" --format json > /dev/null
    end=$(seconds)
    echo "ir en-us-v1.0: $(python3 -c "print(f'{$end - $start:.1f}')")s" >&2
fi
echo "reports: $out" >&2
