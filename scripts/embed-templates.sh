#!/usr/bin/env bash
# Writes Sources/GraphDocSwift/Rendering/BuiltInTemplates.swift from Templates/*.mustache, so that a
# graphdoc binary carries its built-in templates wherever it is installed. Templates/ stays the source
# of truth: run this (or `make embed-templates`) after editing a template; a test fails while the
# embedded copy differs from the files. Deterministic: same files, same output.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C

output=Sources/GraphDocSwift/Rendering/BuiltInTemplates.swift
# Each text goes into a raw multi-line literal delimited by this many '#': a text holding the
# delimiter could end its literal early, so such a text is refused instead of embedded wrongly.
delimiter='####'

{
    echo '// Written by scripts/embed-templates.sh from Templates/*.mustache. Do not edit: edit the template'
    echo '// and run `make embed-templates`.'
    echo
    echo '/// The text of every file in the package'"'"'s `Templates/` folder, by name without `.mustache`.'
    echo 'enum BuiltInTemplates {'
    echo '    static let sources: [String: String] = ['
    for file in Templates/*.mustache; do
        name=$(basename "$file" .mustache)
        if grep -q "$delimiter" "$file"; then
            echo "embed-templates: $file holds '$delimiter', which would end its Swift literal" >&2
            exit 1
        fi
        if grep -q $'\r' "$file"; then
            echo "embed-templates: $file has CR line endings, which a Swift literal would not keep" >&2
            exit 1
        fi
        echo "        \"$name\": $delimiter\"\"\""
        cat "$file"
        # A multi-line literal drops the line break before its closing delimiter: add one.
        echo
        echo "\"\"\"$delimiter,"
    done
    echo '    ]'
    echo '}'
} > "$output.tmp"
mv "$output.tmp" "$output"
echo "wrote $output"
