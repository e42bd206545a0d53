#!/usr/bin/env python3
"""Crash hunt on ../shared/corpus (not part of the test suite): mutates real pages (cuts, deleted and
repeated lines, markup fragments, stray CRs, invalid bytes) and runs `graphdoc ir`, `lint` and
`generate` over them. A signal (a trap, a stack overflow), a run past the timeout (a hang) or exit 3
(could not run) is a bug (1, findings, and 2, bad input, are graphdoc's answers); each such page
is then run alone to name it.
Deterministic for a given --seed.

Before the corpus, it runs the hostile inputs of issue 23 (deep nesting, non-finite limits and
example numbers, UTF-16 and BOM pages, a FIFO and a link to /dev/zero named *.md, wide lines) the
same way; those need no corpus, so without ../shared/corpus the script says so and runs them alone.

Usage: scripts/mutation-smoke.py [--graphdoc PATH] [--corpus DIR] [--seeds N] [--pages N] [--timeout S]
"""
import argparse, glob, os, random, shutil, subprocess, sys, tempfile

FRAGMENTS = ["|", "`", "```", "```json\n", "<!--", "-->", "{", "}", '"', ":", "\\", "[", "]", "(", ")",
             '<span class="sxs-lookup">', "</span>", "\n---\n", "# ", '## <a name="x"></a>', "\t", "\r", "\r\n",
             "\u3000", "**", "\ufeff", "HTTP/1.1 200 OK\n", "POST https://graph.microsoft.com/v1.0/me\n",
             "| a | b |\n|---|---|\n", "\x00"]


def mutate(text, rng):
    for _ in range(rng.randint(1, 6)):
        k, p = rng.random(), rng.randint(0, len(text))
        lines = text.split("\n")
        if k < 0.15:
            text = text[:p]
        elif k < 0.35 and lines:
            del lines[rng.randrange(len(lines))]
            text = "\n".join(lines)
        elif k < 0.55 and lines:
            lines.insert(rng.randrange(len(lines)), lines[rng.randrange(len(lines))])
            text = "\n".join(lines)
        elif k < 0.9:
            text = text[:p] + rng.choice(FRAGMENTS) + text[p:]
        else:
            text = text[:p] + "".join(chr(rng.randrange(256)) for _ in range(5)) + text[p:]
    data = text.encode("utf-8", errors="surrogatepass")
    return data[:-1] if rng.random() < 0.1 else data


TIMEOUT = 300


def crashed(code):
    """A signal (a trap, a stack overflow), a hang, an exit a shell reports for a signal, or 3 (could
    not run: a write failed). Findings (1) and bad input (2) are graphdoc's answers, not crashes."""
    return code == "timeout" or code < 0 or code >= 128 or code == 3


def run(graphdoc, args):
    try:
        return subprocess.run([graphdoc] + args, capture_output=True, timeout=TIMEOUT).returncode
    except subprocess.TimeoutExpired:
        return "timeout"


HEADER = '---\ntitle: "t resource type"\ndescription: "A t."\n---\n\n'
EXAMPLE = ('# Get t\n\n## HTTP request\n\n```http\nGET /ts/{id}\n```\n\n## Example\n\n'
           '<!-- { "blockType": "request", "name": "get_t" } -->\n```http\nGET https://graph.microsoft.com/v1.0/ts/1\n```\n\n'
           '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.t" } -->\n```http\nHTTP/1.1 200 OK\n'
           'Content-type: application/json\n\n%s\n```\n')
TABLE = "# t resource type\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n"


def hostile_pages():
    """(file name, bytes) of the hostile inputs; special files are made by write_hostile."""
    utf16 = (HEADER + TABLE + "|a|String|x|\n").encode("utf-16")
    return [
        ("deep-list.md", (HEADER + "- " * 7000 + "a\n").encode()),
        ("deep-quote.md", (HEADER + ">" * 20000 + " x\n").encode()),
        ("deep-emphasis.md", (HEADER + "*a " * 20000 + "b" + " a*" * 20000 + "\n").encode()),
        ("deep-links.md", (HEADER + "[" * 20000 + "x" + "](u)" * 20000 + "\n").encode()),
        ("deep-json.md", (HEADER + EXAMPLE % ('{"a": ' * 600 + "1" + "}" * 600)).encode()),
        ("limits.md", (HEADER + TABLE + "|a|Double|Valid values -1.79769313486232E+308 to 1.79769313486232E+308|\n"
                       "|b|Int32|Valid values 1 to 1e999|\n|c|Int32|Valid values nan to 5|\n").encode()),
        ("numbers.md", (HEADER + EXAMPLE % '{"a": 1e400, "b": -1E+999, "c": 123456789012345678901234567890}').encode()),
        ("keys.md", (HEADER + EXAMPLE % ("{" + ", ".join(f'"k{i}": {i}' for i in range(40000)) + "}")).encode()),
        ("columns.md", (HEADER + "|" + "|".join(f"h{i}" for i in range(20000)) + "|\n|" + "|".join("-" * 20000) + "|\n|"
                        + "|".join(f"`c{i}` é" for i in range(20000)) + "|\n").encode()),
        ("utf16.md", utf16),
        ("utf16-no-bom.md", utf16[2:]),
        ("bom.md", b"\xef\xbb\xbf" + (HEADER + TABLE + "|a|String|x|\n").encode()),
        ("nul.md", b"# a\x00b\n"),
    ]


def write_hostile(folder):
    os.makedirs(folder, exist_ok=True)
    for name, data in hostile_pages():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
    os.mkfifo(os.path.join(folder, "fifo.md"))
    os.symlink("/dev/zero", os.path.join(folder, "zero.md"))
    os.symlink("limits.md", os.path.join(folder, "link.md"))


def check(graphdoc, pages, work):
    """Runs ir, lint and generate on `pages`; returns the exit code of each step."""
    ir = os.path.join(work, "ir.json")
    codes = {
        "ir": run(graphdoc, ["ir", pages, "--format", "json", "--output", ir]),
        "lint": run(graphdoc, ["lint", pages, "--format", "json"]),
    }
    if os.path.exists(ir):
        codes["generate"] = run(graphdoc, ["generate", "--ir", ir, "--module", "GraphModels",
                                           "--output", os.path.join(work, "models"),
                                           "--tests-output", os.path.join(work, "tests")])
    return codes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--graphdoc", default=".build/release/graphdoc")
    parser.add_argument("--corpus", default="../shared/corpus")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--timeout", type=int, default=300, help="seconds before a run counts as a hang")
    args = parser.parse_args()
    global TIMEOUT
    TIMEOUT = args.timeout
    crashes = 0
    work = tempfile.mkdtemp(prefix="graphdoc-hostile-")
    write_hostile(os.path.join(work, "in"))
    codes = check(args.graphdoc, os.path.join(work, "in"), work)
    print(f"hostile inputs ({len(hostile_pages()) + 3} files): " + ", ".join(f"{step} exit {code}" for step, code in codes.items()))
    if any(crashed(code) for code in codes.values()):
        crashes += 1
        print(f"   kept: {work}")
    else:
        shutil.rmtree(work)
    files = sorted(glob.glob(os.path.join(args.corpus, "*", "v1.0", "**", "*.md"), recursive=True))
    if not files:
        print(f"no pages under {args.corpus}: the corpus is absent, so only the hostile inputs ran (no mutated corpus pages)")
        sys.exit(1 if crashes else 0)
    for seed in range(1, args.seeds + 1):
        rng = random.Random(seed)
        work = tempfile.mkdtemp(prefix="graphdoc-mutation-")
        pages = os.path.join(work, "in")
        for source in rng.sample(files, min(args.pages, len(files))):
            target = os.path.join(pages, os.path.relpath(source, args.corpus))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(source, encoding="utf-8", errors="replace") as f:
                text = f.read()
            with open(target, "wb") as f:
                f.write(mutate(text, rng))
        codes = check(args.graphdoc, pages, work)
        failed = {step: code for step, code in codes.items() if crashed(code)}
        print(f"seed {seed}: " + ", ".join(f"{step} exit {code}" for step, code in codes.items()))
        if failed:
            crashes += 1
            for page in sorted(glob.glob(os.path.join(pages, "**", "*.md"), recursive=True)):
                if crashed(run(args.graphdoc, ["ir", page, "--format", "summary"])):
                    print(f"   crashes alone: {page} (kept)")
        else:
            shutil.rmtree(work)
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()
