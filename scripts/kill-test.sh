#!/usr/bin/env bash
# Kill test of generate's writer (issue 23): N times, start `graphdoc generate` over a corpus folder
# into one output folder, alternating between two generations that differ in every file
# (--access public / package), kill -9 it at a random moment, and check that the output folder is
# then exactly the old or exactly the new generation (every path and byte). At the end one run is
# let finish, and nothing may be left beside the output folder (staging folders, old generations,
# the lock): every leftover of a killed run is cleaned by the next run.
#   scripts/kill-test.sh [CORPUS-FOLDER] [N]      default: ../shared/corpus/en-us/v1.0 and 20
#   GRAPHDOC=path/to/graphdoc scripts/kill-test.sh ...   default: .build/release/graphdoc (built here)
# Kill moments: odd runs are killed while the new generation is staged and swapped in (a random
# 0-2 s after the staging folder appears beside the output); even runs at a moment uniform over
# 1.2 times a run's measured duration (some runs finish).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/en-us/v1.0}
runs=${2:-20}
if [ ! -d "$corpus" ]; then
    echo "kill-test: the corpus folder $corpus is absent; give a folder of Graph pages as the first argument" >&2
    exit 2
fi
if [ -z "${GRAPHDOC:-}" ]; then
    swift build -c release --product graphdoc >/dev/null
    GRAPHDOC=.build/release/graphdoc
fi
work=$(mktemp -d /tmp/graphdoc-kill.XXXXXX)
trap 'rm -rf "$work"' EXIT
generate() { "$GRAPHDOC" generate "$corpus" --output "$1" --access "$2" >/dev/null 2>&1; }
# A generation's signature: every file below the folder with its SHA-256, sorted by path.
signature() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
leftovers() { find "$work" -maxdepth 1 -name '.out.graphdoc-*' | wc -l; }
staging_folders() { find "$work" -maxdepth 1 -name '.out.graphdoc-staging-*' | sort; }

start=$(date +%s.%N)
generate "$work/public" public
duration=$(echo "$(date +%s.%N) - $start" | bc)
generate "$work/package" package
signature "$work/public" > "$work/public.sig"
signature "$work/package" > "$work/package.sig"
echo "kill-test: $corpus, one run takes ${duration}s, $(wc -l < "$work/public.sig") files per generation"
cmp -s "$work/public.sig" "$work/package.sig" && { echo "kill-test: the two generations do not differ" >&2; exit 1; }

cp -a "$work/public" "$work/out"
current=public
failures=0
for run in $(seq 1 "$runs"); do
    next=$([ "$current" = public ] && echo package || echo public)
    earlier=$(staging_folders)
    "$GRAPHDOC" generate "$corpus" --output "$work/out" --access "$next" >/dev/null 2>&1 &
    pid=$!
    started=$(date +%s.%N)
    if [ $((run % 2)) -eq 1 ]; then
        # Until this run's staging folder appears (a killed run's one is cleaned first).
        while kill -0 "$pid" 2>/dev/null && [ -z "$(comm -13 <(echo "$earlier") <(staging_folders))" ]; do sleep 0.05; done
        sleep "$(echo "scale=3; 2 * $RANDOM / 32767" | bc)"
    else
        sleep "$(echo "scale=3; 1.2 * $duration * $RANDOM / 32767" | bc)"
    fi
    kill -9 "$pid" 2>/dev/null || true
    delay=$(echo "$(date +%s.%N) - $started" | bc)
    wait "$pid" 2>/dev/null || true
    signature "$work/out" > "$work/out.sig"
    if cmp -s "$work/out.sig" "$work/$current.sig"; then
        state=old
    elif cmp -s "$work/out.sig" "$work/$next.sig"; then
        state=new
        current=$next
    else
        state="MIXED ($(comm -3 <(cut -c67- "$work/out.sig") <(cut -c67- "$work/$current.sig") | wc -l) paths differ from the old)"
        failures=$((failures + 1))
    fi
    printf 'run %2d: killed after %6.3fs: %s; left beside the output: %s\n' "$run" "$delay" "$state" "$(leftovers)"
done
generate "$work/out" "$current"
left=$(leftovers)
signature "$work/out" > "$work/out.sig"
cmp -s "$work/out.sig" "$work/$current.sig" || { echo "kill-test: the final run did not leave its generation" >&2; failures=$((failures + 1)); }
echo "kill-test: after a run to the end, left beside the output: $left"
[ "$left" -eq 0 ] || failures=$((failures + 1))
echo "kill-test: $runs runs, $failures failures"
[ "$failures" -eq 0 ]
