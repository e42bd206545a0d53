#!/usr/bin/env bash
# Times `graphdoc ir` (and `graphdoc lint`) over ../shared/corpus/en-us against the cmark command-line
# tool rendering the same files to HTML, in one run. Reports the median of N runs (wall seconds), CPU
# seconds and peak memory. Also times scripts/parse-floor, the least that reading the pages with
# Yams and cmark costs, to show how much is graphdoc's own work. Not part of the test suite; needs
# ../shared/corpus and the `cmark` tool (apt: cmark).
#
# Usage: scripts/benchmark.sh [CORPUS_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/en-us}
runs=${2:-5}
[ -d "$corpus" ] || { echo "benchmark: corpus folder $corpus is missing (needs ../shared/corpus)" >&2; exit 2; }
command -v cmark >/dev/null || { echo "benchmark: the cmark tool is missing: apt-get install -y cmark" >&2; exit 2; }
swift build -c release --product graphdoc >/dev/null 2>&1
graphdoc=.build/release/graphdoc
# The floor: what reading the pages with the mandated parts alone (Yams, cmark) costs on all cores.
swift build -c release --package-path scripts/parse-floor >/dev/null 2>&1
floor=scripts/parse-floor/.build/release/parse-floor
list=$(mktemp); trap 'rm -f "$list" /tmp/graphdoc-bench.*' EXIT
find "$corpus" -name '*.md' -print0 | sort -z > "$list"
files=$(tr -cd '\0' < "$list" | wc -c)
bytes=$(xargs -0 cat < "$list" | wc -c)

# measure VAR NAME COMMAND...: runs the command $runs times; prints median wall, median CPU, max RSS,
# and keeps the median wall time in $VAR.
measure() {
    local var=$1 name=$2; shift 2
    local walls=() cpus=() rss=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %U %S %M" -o /tmp/graphdoc-bench.time "$@" > /dev/null
        read -r wall user sys kb < /tmp/graphdoc-bench.time
        walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)")
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    local wall cpu
    wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    printf '%-44s %7.3f s wall  %7.3f s CPU  %7.1f MiB peak\n' "$name" "$wall" "$cpu" "$(echo "$rss / 1024" | bc -l)"
    printf -v "$var" '%s' "$wall"
}

echo "corpus: $corpus, $files files, $((bytes / 1024)) KiB; $(nproc) cores; median of $runs runs"
measure graphdoc_json "graphdoc ir --format json" "$graphdoc" ir "$corpus" --format json
measure graphdoc_summary "graphdoc ir --format summary" "$graphdoc" ir "$corpus" --format summary
# Lint reads the pages as `ir` does, then runs every rule; exit code 1 means findings, not failure.
measure graphdoc_lint "graphdoc lint --format json" sh -c "'$graphdoc' lint '$corpus' --format json || [ \$? -eq 1 ]"
measure cmark_one "cmark, one process, all files" sh -c "xargs -0 cmark < '$list'"
measure floor_all "floor: read, Yams, cmark parse, all cores" sh -c "'$floor' all < '$list'"
measure cmark_each "cmark, one process per file, all cores" sh -c "xargs -0 -n 1 -P $(nproc) cmark < '$list'"
printf 'ratio graphdoc (json) / cmark one process:      %.2f\n' "$(echo "$graphdoc_json / $cmark_one" | bc -l)"
printf 'ratio graphdoc (json) / cmark process per file: %.2f\n' "$(echo "$graphdoc_json / $cmark_each" | bc -l)"
# What graphdoc does beyond the floor (walking the tree, extraction, merging, writing the IR), against
# what parity with one cmark process leaves for it.
printf "graphdoc's own work (json - floor): %.2f s wall; parity with one cmark process leaves it %.2f s\n" \
    "$(echo "$graphdoc_json - $floor_all" | bc -l)" "$(echo "$cmark_one - $floor_all" | bc -l)"
