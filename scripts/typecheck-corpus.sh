#!/usr/bin/env bash
# Does the Swift generated from a WHOLE reference compile? For each API version of
# ../shared/corpus/en-us (v1.0 and beta; VERSIONS="v1.0" for one), generate the models and the
# example tests into a scratch folder and type-check every file with swiftc in Swift 6 mode, as a
# user's build would: the models against GraphModelSupport, then the tests against both. Reports
# generate's exit code and notes, compiler errors and warnings (most frequent first) and the time
# of each step. The corpus is read in place, never copied; nothing is written in the repository
# except below .build.
# Usage: scripts/typecheck-corpus.sh   (uses .build/release/graphdoc: swift build -c release --product graphdoc)
#        GRAPHDOC=.build/debug/graphdoc CORPUS=/path/to/corpus OUT=/tmp/dir VERSIONS="beta" scripts/typecheck-corpus.sh
# Exit code: 0 when every version generated and type-checked with no error and no warning, 1 otherwise,
# 2 when it could not run (no graphdoc binary, no corpus).
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$root/../shared/corpus}
bin=${GRAPHDOC:-$root/.build/release/graphdoc}
out=${OUT:-$root/.build/typecheck-corpus}
versions=${VERSIONS:-v1.0 beta}
module=GraphModels

if [ ! -x "$bin" ]; then
    echo "typecheck-corpus: $bin is missing; run 'swift build -c release --product graphdoc' first (or set GRAPHDOC=...)." >&2
    exit 2
fi
if [ ! -d "$corpus/en-us" ]; then
    echo "typecheck-corpus: no corpus at $corpus/en-us (set CORPUS=...); nothing checked." >&2
    exit 2
fi

# GraphModelSupport and GraphModelTesting, built as the package builds them (debug), give the modules
# generated code and its example tests import.
echo "building GraphModelSupport and GraphModelTesting..."
if ! (cd "$root" && swift build --target GraphModelTesting > /dev/null 2>&1); then
    echo "typecheck-corpus: GraphModelTesting does not build (swift build --target GraphModelTesting)." >&2
    exit 2
fi
modules="$root/.build/debug/Modules"

seconds() { date +%s.%N; }
elapsed() { printf '%.1f' "$(echo "$(seconds) - $1" | bc)"; }

# Prints "errors warnings" of a compiler log and its most frequent messages.
summarize() {
    local log=$1 label=$2
    local errors warnings
    errors=$(grep -c ": error: " "$log" || true)
    warnings=$(grep -c ": warning: " "$log" || true)
    echo "  $label: $errors errors, $warnings warnings"
    if [ "$errors" != 0 ] || [ "$warnings" != 0 ]; then
        grep -E ": (error|warning): " "$log" | sed -E 's/^[^ ]*: (error|warning): /\1: /' | sort | uniq -c | sort -rn | head -8 |
            sed 's/^/      /'
    fi
    total_problems=$((total_problems + errors + warnings))
}

status=0
for version in $versions; do
    pages="$corpus/en-us/$version"
    echo "== en-us/$version"
    if [ ! -d "$pages" ]; then
        echo "  absent: $pages (not checked)"
        status=1
        continue
    fi
    work="$out/$version"
    rm -rf "$work"
    mkdir -p "$work"
    total_problems=0

    start=$(seconds)
    "$bin" generate "$pages" --module "$module" --output "$work/Models" --tests-output "$work/Tests" \
        > "$work/generate.out" 2> "$work/generate.err"
    generated=$?
    echo "  generate: exit $generated in $(elapsed "$start") s; $(tail -1 "$work/generate.out")"
    echo "  generate notes: $(grep -c ": note: \|^note: " "$work/generate.err" || true) (log: $work/generate.err)"
    if [ "$generated" != 0 ]; then
        sed 's/^/    /' "$work/generate.err" | head -10
        status=1
        continue
    fi
    mapfile -t models < <(find "$work/Models" -name '*.swift' | sort)
    mapfile -t tests < <(find "$work/Tests" -name '*.swift' | sort)
    echo "  files: ${#models[@]} models, ${#tests[@]} example test files"

    # Whole-module: one compiler process reads each file once (per-file jobs would each parse all of them).
    common=(swiftc -swift-version 6 -wmo -I "$modules" -package-name graphdoc)
    start=$(seconds)
    "${common[@]}" -typecheck -module-name "$module" "${models[@]}" > "$work/models.log" 2>&1
    summarize "$work/models.log" "models type-check ($(elapsed "$start") s)"

    # The tests import the models' module.
    start=$(seconds)
    mkdir -p "$work/Built"
    if "${common[@]}" -emit-module -emit-module-path "$work/Built/$module.swiftmodule" -module-name "$module" "${models[@]}" \
        > "$work/module.log" 2>&1; then
        echo "  models module emitted ($(elapsed "$start") s)"
        start=$(seconds)
        if [ "${#tests[@]}" -gt 0 ]; then
            # The models just built come first: .build/debug/Modules holds the package's own GraphModels.
            swiftc -I "$work/Built" "${common[@]:1}" -typecheck -module-name "${module}ExampleTests" "${tests[@]}" > "$work/tests.log" 2>&1
            summarize "$work/tests.log" "example tests type-check ($(elapsed "$start") s)"
        fi
    else
        echo "  the models module could not be emitted (log: $work/module.log); example tests not checked"
        total_problems=$((total_problems + 1))
    fi
    [ "$total_problems" = 0 ] || status=1
done
exit $status
