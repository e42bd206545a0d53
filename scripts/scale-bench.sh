#!/usr/bin/env bash
# Scaling benchmark (issue 23, "Linear time"): generates synthetic pages whose size grows in one
# dimension and times `graphdoc ir` (release build) on each, so that a quadratic step shows as a
# time that grows a hundredfold per tenfold size.
#   rows:    a resource page whose Properties table has N rows
#   keys:    a response example whose JSON object has N keys on one line
#   columns: a table whose header, delimiter and one row have N cells each, on one line each
# Sizes default to 10k, 100k and 1M; a run that exceeds the timeout (default 300 s) is reported as
# such and the larger sizes of that shape are skipped. Not part of the test suite.
#
# Usage: scripts/scale-bench.sh [--timeout SECONDS] [SIZE...]
set -euo pipefail
cd "$(dirname "$0")/.."
limit=300
if [ "${1:-}" = "--timeout" ]; then limit=$2; shift 2; fi
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
swift build -c release --product graphdoc >/dev/null 2>&1
graphdoc=$(pwd)/.build/release/graphdoc
work=$(mktemp -d /tmp/graphdoc-scale-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# page SHAPE N FILE: writes the synthetic page.
page() {
    python3 - "$1" "$2" "$3" <<'PY'
import sys
shape, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(path, "w") as out:
    out.write('---\ntitle: "widget resource type"\ndescription: "A widget."\n---\n\n')
    if shape == "rows":
        out.write("# widget resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n")
        out.write("| Property | Type | Description |\n|:--|:--|:--|\n")
        for i in range(n):
            out.write(f"|property{i}|String|Value {i}.|\n")
    elif shape == "keys":
        out.write("# Get widget\n\n## HTTP request\n\n```http\nGET /widgets/{id}\n```\n\n## Example\n\n")
        out.write('<!-- { "blockType": "request", "name": "get_widget" } -->\n```http\nGET https://graph.microsoft.com/v1.0/widgets/1\n```\n\n')
        out.write('<!-- { "blockType": "response", "@odata.type": "microsoft.graph.widget" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{')
        out.write(", ".join(f'"key{i}": {i}' for i in range(n)))
        out.write("}\n```\n")
    elif shape == "columns":
        out.write("# widget resource type\n\n## Properties\n\n")
        out.write("|" + "|".join(f"h{i}" for i in range(n)) + "|\n")
        out.write("|" + "|".join("--" for _ in range(n)) + "|\n")
        out.write("|" + "|".join(f"`c{i}` é" for i in range(n)) + "|\n")
PY
}

printf '%-8s %9s %10s %10s %10s\n' shape size bytes seconds "peak KB"
for shape in rows keys columns; do
    for size in "${sizes[@]}"; do
        file="$work/$shape-$size.md"
        page "$shape" "$size" "$file"
        bytes=$(wc -c < "$file")
        set +e
        /usr/bin/time -f "%e %M" -o "$work/time" timeout "$limit" "$graphdoc" ir --format summary "$file" > "$work/out" 2> "$work/err"
        status=$?
        set -e
        read -r seconds peak < <(tail -1 "$work/time")
        if [ $status -eq 124 ]; then
            printf '%-8s %9s %10s %10s %10s  (timed out; larger sizes skipped)\n' "$shape" "$size" "$bytes" ">$limit" "-"
            break
        fi
        note=""
        [ $status -eq 0 ] || note="  (exit $status: $(head -c 200 "$work/err"))"
        printf '%-8s %9s %10s %10s %10s%s\n' "$shape" "$size" "$bytes" "$seconds" "$peak" "$note"
        rm -f "$file"
    done
done
