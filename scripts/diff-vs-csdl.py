#!/usr/bin/env python3
"""Measures `graphdoc diff` against the service's own CSDL (not part of the test suite).

Runs `graphdoc diff OLD NEW --format json` and `graphdoc ir` on both sides, reads the two CSDL
documents, and reports:
- the doc diff's changes by rule and impact, and its time against one `graphdoc ir` of the newer side;
- recall: of the property and enum-member changes between the two CSDLs whose type (or enum) has
  a documented type on both sides, the share the doc diff reports;
- confirmation: of the doc diff's type, property and enum-member changes, the share the CSDL
  confirms (the rest are doc-only changes: doc edits or doc defects), with a sample of the rest.

The corpus is `../shared/corpus` beside the checkout (Microsoft Graph docs and msgraph-metadata;
see its README). Without it this script says so and exits 2.

Usage: scripts/diff-vs-csdl.py [--graphdoc PATH] [--corpus DIR] [--sample N]
"""
import argparse, collections, json, os, random, subprocess, sys, time, xml.etree.ElementTree as ET

EDM = "{http://docs.oasis-open.org/odata/ns/edm}"


def csdl(path):
    """Types (lower-cased name -> {props: {lower name -> type}}) and enums (lower name -> members)."""
    types, enums = {}, {}
    for schema in ET.parse(path).getroot().iter(EDM + "Schema"):
        for kind in ("EntityType", "ComplexType"):
            for t in schema.findall(EDM + kind):
                props = {}
                for p in t.findall(EDM + "Property") + t.findall(EDM + "NavigationProperty"):
                    props[p.get("Name").lower()] = p.get("Type")
                types[t.get("Name").lower()] = {"name": t.get("Name"), "props": props}
        for e in schema.findall(EDM + "EnumType"):
            enums[e.get("Name").lower()] = {m.get("Name").lower() for m in e.findall(EDM + "Member")}
    return types, enums


def timed(args):
    start = time.monotonic()
    out = subprocess.run(args, capture_output=True)
    return out, time.monotonic() - start


def documented(ir):
    types = {t["name"].lower() for t in ir["types"] if t.get("origin") != "example"}
    enums = {e["name"].lower() for e in ir["enums"] if e.get("origin") != "example"}
    return types, enums


def main():
    parser = argparse.ArgumentParser()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--graphdoc", default=os.path.join(root, ".build/release/graphdoc"))
    parser.add_argument("--corpus", default=os.path.join(root, "../shared/corpus"))
    parser.add_argument("--sample", type=int, default=20)
    args = parser.parse_args()
    old_docs, new_docs = (os.path.join(args.corpus, p) for p in ("en-us-2021-01/v1.0", "en-us/v1.0"))
    old_csdl, new_csdl = (os.path.join(args.corpus, "metadata", f) for f in ("v1.0-2021-01.csdl.xml", "v1.0-2021-07.csdl.xml"))
    for path in (old_docs, new_docs, old_csdl, new_csdl):
        if not os.path.exists(path):
            print(f"{path} is missing: this measurement needs ../shared/corpus beside the checkout "
                  "(Microsoft Graph reference pages and the msgraph-metadata CSDL; see its README).", file=sys.stderr)
            sys.exit(2)
    if not os.access(args.graphdoc, os.X_OK):
        sys.exit(f"{args.graphdoc} is not built: swift build -c release --product graphdoc")

    out, diff_time = timed([args.graphdoc, "diff", old_docs, new_docs, "--format", "json"])
    if out.returncode != 0:
        sys.exit(f"graphdoc diff failed ({out.returncode}): {out.stderr.decode()[:2000]}")
    report = json.loads(out.stdout)
    irs = {}
    ir_time = None
    for side, folder in (("old", old_docs), ("new", new_docs)):
        out, seconds = timed([args.graphdoc, "ir", folder, "--format", "json"])
        if out.returncode != 0:
            sys.exit(f"graphdoc ir {folder} failed ({out.returncode})")
        irs[side] = json.loads(out.stdout)
        if side == "new":
            ir_time = seconds

    changes = report["changes"]
    print(f"graphdoc diff: {len(changes)} changes, semver bump {report['semverBump']}; "
          f"{diff_time:.2f} s against {ir_time:.2f} s for one ir of the newer side ({diff_time / ir_time:.2f}x)")
    for (rule, impact), n in sorted(collections.Counter((c["rule"], c["impact"]) for c in changes).items(), key=lambda x: -x[1]):
        print(f"  {n:5d}  {rule} ({impact})")

    (ot, oe), (nt, ne) = csdl(old_csdl), csdl(new_csdl)
    (dto, deo), (dtn, den) = documented(irs["old"]), documented(irs["new"])
    both_types, both_enums = dto & dtn, deo & den

    # CSDL changes on types and enums documented on both sides.
    truth = set()
    for key in set(ot) & set(nt) & both_types:
        a, b = ot[key]["props"], nt[key]["props"]
        truth |= {("property-added", key, p) for p in set(b) - set(a)}
        truth |= {("property-removed", key, p) for p in set(a) - set(b)}
    # An enum is documented under its own name or as owner.property of a property typed with it.
    enum_doc_names = collections.defaultdict(set)
    for key, t in nt.items():
        for prop, typ in t["props"].items():
            short = typ.split(".")[-1].lower()
            if short in ne:
                enum_doc_names[short].add(f"{key}.{prop}")
    for key in set(oe) & set(ne):
        names = ({key} | enum_doc_names[key]) & both_enums
        if not names:
            continue
        truth |= {("enum-member-added", key, m) for m in ne[key] - oe[key]}
        truth |= {("enum-member-removed", key, m) for m in oe[key] - ne[key]}

    def doc_key(change):
        rule = change["rule"]
        if rule.startswith("enum-member-added"):
            rule = "enum-member-added"
        target = change["target"].lower()
        if rule.startswith("enum-member"):
            # owner.property -> the CSDL enum that property is typed with
            if "." in target:
                owner, prop = target.rsplit(".", 1)
                typ = nt.get(owner, ot.get(owner, {"props": {}}))["props"].get(prop)
                if typ:
                    target = typ.split(".")[-1].lower()
        return (rule, target, change["name"].lower())

    found = {doc_key(c) for c in changes}
    hit = truth & found
    print(f"\nrecall: {len(hit)}/{len(truth)} = {100 * len(hit) / max(1, len(truth)):.1f}% of the CSDL's property and "
          "enum-member changes on types and enums documented on both sides")
    by_kind = collections.Counter(k[0] for k in truth)
    for kind in sorted(by_kind):
        got = sum(1 for k in hit if k[0] == kind)
        print(f"  {kind}: {got}/{by_kind[kind]}")
    # Of those, the ones the docs can show: the newer docs state an added name, the older a removed one.
    def stated(ir, type_key, name):
        for t in ir["types"]:
            if t["name"].lower() == type_key:
                return any(p["name"].lower() == name for p in t["properties"] + t["relationships"])
        return False
    def enum_stated(ir, enum_key, name):
        names = {enum_key} | enum_doc_names[enum_key]
        return any(e["name"].lower() in names and any(m["name"].lower() == name for m in e["members"]) for e in ir["enums"])
    visible = set()
    for kind, key, name in truth:
        side, other = (irs["new"], irs["old"]) if kind.endswith("added") else (irs["old"], irs["new"])
        check = enum_stated if kind.startswith("enum") else stated
        if check(side, key, name) and not check(other, key, name):
            visible.add((kind, key, name))
    print(f"recall where the docs show the change (the name stated on the side that has it, not on the other): {len(visible & found)}/{len(visible)} = "
          f"{100 * len(visible & found) / max(1, len(visible)):.1f}% (the rest are changes the docs do not show: "
          "a name the newer pages do not list, or one the older pages already listed)")
    missed = sorted(truth - found)
    random.seed(7)
    for k in random.sample(missed, min(args.sample, len(missed))):
        print("  missed:", *k, "(stated by the docs)" if k in visible else "(not in the docs)")

    def confirmed(change):
        rule, target, name = doc_key(change)
        if rule == "type-added":
            return name in nt and name not in ot
        if rule == "type-removed":
            return name in ot and name not in nt
        if rule in ("property-added", "property-removed"):
            a = ot.get(target, {"props": {}})["props"]
            b = nt.get(target, {"props": {}})["props"]
            return (name in b and name not in a) if rule == "property-added" else (name in a and name not in b)
        if rule == "property-type-changed":
            a, b = ot.get(target, {"props": {}})["props"].get(name), nt.get(target, {"props": {}})["props"].get(name)
            return a is not None and b is not None and a != b
        if rule in ("enum-member-added", "enum-member-removed"):
            a, b = oe.get(target, set()), ne.get(target, set())
            return (name in b and name not in a) if rule == "enum-member-added" else (name in a and name not in b)
        return None

    judged = [(c, confirmed(c)) for c in changes]
    judged = [(c, ok) for c, ok in judged if ok is not None]
    yes = [c for c, ok in judged if ok]
    print(f"\nconfirmed by the CSDL: {len(yes)}/{len(judged)} = {100 * len(yes) / max(1, len(judged)):.1f}% of the doc diff's "
          "type, property and enum-member changes")
    per_rule = collections.defaultdict(lambda: [0, 0])
    for c, ok in judged:
        per_rule[c["rule"]][1] += 1
        per_rule[c["rule"]][0] += bool(ok)
    for rule, (ok, n) in sorted(per_rule.items()):
        print(f"  {rule}: {ok}/{n}")
    rest = [c for c, ok in judged if not ok]
    for c in random.sample(rest, min(args.sample, len(rest))):
        where = (c.get("new") or c.get("old") or {})
        print(f"  doc-only: {c['rule']} {c['target']}.{c['name']}  {where.get('file', '')}:{where.get('line', '')}")


if __name__ == "__main__":
    main()
