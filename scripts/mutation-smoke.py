#!/usr/bin/env python3
"""Crash hunt on ../shared/corpus (not part of the test suite): mutates real pages (cuts, deleted and
repeated lines, markup fragments, stray CRs, invalid bytes) and runs `graphdoc ir`, `lint` and
`generate` over them. Any exit other than 0, 1 (findings) or 2 (bad input) is a bug (a signal, a
trap, or 3: could not run); each such page is then run alone to name it. Deterministic for a given --seed.

Usage: scripts/mutation-smoke.py [--graphdoc PATH] [--corpus DIR] [--seeds N] [--pages N]
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


def run(graphdoc, args):
    return subprocess.run([graphdoc] + args, capture_output=True).returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--graphdoc", default=".build/release/graphdoc")
    parser.add_argument("--corpus", default="../shared/corpus")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    files = sorted(glob.glob(os.path.join(args.corpus, "*", "v1.0", "**", "*.md"), recursive=True))
    if not files:
        sys.exit(f"no pages under {args.corpus}: this script needs ../shared/corpus")
    crashes = 0
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
        ir = os.path.join(work, "ir.json")
        codes = {
            "ir": run(args.graphdoc, ["ir", pages, "--format", "json", "--output", ir]),
            "lint": run(args.graphdoc, ["lint", pages, "--format", "json"]),
        }
        if os.path.exists(ir):
            codes["generate"] = run(args.graphdoc, ["generate", "--ir", ir, "--module", "GraphModels",
                                                    "--output", os.path.join(work, "models"),
                                                    "--tests-output", os.path.join(work, "tests")])
        failed = {step: code for step, code in codes.items() if code not in (0, 1, 2)}
        print(f"seed {seed}: " + ", ".join(f"{step} exit {code}" for step, code in codes.items()))
        if failed:
            crashes += 1
            for page in sorted(glob.glob(os.path.join(pages, "**", "*.md"), recursive=True)):
                if run(args.graphdoc, ["ir", page, "--format", "summary"]) not in (0, 1, 2):
                    print(f"   crashes alone: {page} (kept)")
        else:
            shutil.rmtree(work)
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()
