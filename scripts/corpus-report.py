#!/usr/bin/env python3
"""Measures graphdoc's IR on ../shared/corpus (not part of the test suite).

Runs `graphdoc ir` over en-us/v1.0, zh-cn-sxs/v1.0 and zh-cn/v1.0 and reports:
- that every run completed (exit code, no crash) and its diagnostics by rule;
- how many resource pages yielded a type;
- property-name recall against the CSDL metadata for types that have a resource page
  (declared properties and navigation properties of the CSDL type, by name), and where the type's
  own pages write each missed name (a table row would be graphdoc's miss; the rest are the pages');
- how often the zh-cn-sxs IR of a type equals the en-us IR of the same type
  (property names, property types, enum members), and the same for the plain zh-cn translation.

Usage: scripts/corpus-report.py [--graphdoc PATH] [--corpus DIR]
"""
import argparse, collections, json, os, re, subprocess, sys, xml.etree.ElementTree as ET

EDM = "{http://docs.oasis-open.org/odata/ns/edm}"


def run_ir(graphdoc, folder):
    out = subprocess.run([graphdoc, "ir", folder, "--format", "json"], capture_output=True)
    if out.returncode != 0:
        sys.exit(f"graphdoc ir {folder} failed with exit code {out.returncode}: {out.stderr.decode()[:2000]}")
    return json.loads(out.stdout)


def csdl_types(path):
    types, enums = {}, {}
    for schema in ET.parse(path).getroot().iter(EDM + "Schema"):
        for kind in ("EntityType", "ComplexType"):
            for t in schema.findall(EDM + kind):
                props = {p.get("Name") for p in t.findall(EDM + "Property")}
                nav = {p.get("Name") for p in t.findall(EDM + "NavigationProperty")}
                types[t.get("Name").lower()] = {"name": t.get("Name"), "props": props | nav, "base": t.get("BaseType")}
        for e in schema.findall(EDM + "EnumType"):
            enums[e.get("Name").lower()] = [m.get("Name") for m in e.findall(EDM + "Member")]
    return types, enums


def inherited_props(types, key):
    seen, result = set(), set()
    base = types[key]["base"]
    while base:
        k = base.split(".")[-1].lower()
        if k in seen or k not in types:
            break
        seen.add(k)
        result |= types[k]["props"]
        base = types[k]["base"]
    return result


def where_written(name, page_texts):
    """Where the resource pages of a type mention a property name the IR missed: in a table row
    (a miss of graphdoc's), in a code block, in prose, only in another case, or nowhere. HTML
    comments (annotations, commented-out tables) do not count."""
    found = "nowhere"
    for text in page_texts:
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        fences = re.findall(r"^```.*?^```", text, flags=re.S | re.M)
        prose = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
        cell = r"^\|?\s*(\*\*|`|\[)?" + re.escape(name) + r"(\*\*|`|\])?(\([^)]*\))?\s*\|"
        if re.search(cell, prose, flags=re.M):
            return "table row"
        word = r"(?<![A-Za-z0-9_])" + re.escape(name) + r"(?![A-Za-z0-9_])"
        if any(re.search(word, f) for f in fences):
            found = "code block only"
        elif found == "nowhere" and re.search(word, prose):
            found = "prose only"
        elif found == "nowhere" and re.search(word, text, flags=re.I):
            found = "other case only"
    return found


def type_signature(model, type_name):
    enums = {e["name"]: sorted(m["name"] for m in e["members"]) for e in model["enums"]}
    t = next((t for t in model["types"] if t["name"].lower() == type_name.lower()), None)
    if t is None:
        return None
    sig = []
    for p in t["properties"] + t["relationships"]:
        sig.append((p["name"], p["type"]["name"].lower(), p["type"]["collection"], tuple(enums.get(p["enum"], [])) if p["enum"] else ()))
    return sorted(sig)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--graphdoc", default=".build/release/graphdoc")
    parser.add_argument("--corpus", default="../shared/corpus")
    args = parser.parse_args()
    if not os.path.isdir(args.corpus):
        sys.exit(f"corpus folder {args.corpus} is missing: this report needs ../shared/corpus")

    models = {}
    for name in ("en-us", "zh-cn-sxs", "zh-cn"):
        models[name] = run_ir(args.graphdoc, os.path.join(args.corpus, name, "v1.0"))
        m = models[name]
        rules = collections.Counter(d["rule"] for d in m["diagnostics"])
        print(f"## {name}/v1.0: {len(m['pages'])} pages, {len(m['types'])} types, {len(m['enums'])} enums, "
              f"{len(m['operations'])} operations, {sum(len(o['examples']) for o in m['operations'])} examples, "
              f"{len(m['diagnostics'])} diagnostics (completed, exit 0)")
        for rule, count in rules.most_common():
            print(f"   {rule}: {count}")

    en = models["en-us"]
    resource_pages = [p["path"] for p in en["pages"] if p["kind"] == "resource"]
    typed_files = {s["file"] for t in en["types"] if t["origin"] == "resource" for s in t["sources"]}
    yielded = [p for p in resource_pages if p in typed_files]
    print(f"\nresource pages yielding a type: {len(yielded)} of {len(resource_pages)} ({100 * len(yielded) / max(1, len(resource_pages)):.1f}%)")
    missing_pages = sorted(set(resource_pages) - set(yielded))
    if missing_pages:
        print("   without a type (first 10):", ", ".join(os.path.basename(p) for p in missing_pages[:10]))

    csdl, csdl_enums = csdl_types(os.path.join(args.corpus, "metadata", "v1.0-2021-07.csdl.xml"))
    found = total = found_inh = total_inh = 0
    compared = 0
    misses = collections.Counter()
    miss_places = collections.Counter()
    hit_origins = collections.Counter()
    table_misses = []
    resource_files = {p["path"] for p in en["pages"] if p["kind"] == "resource"}
    for t in en["types"]:
        if t["origin"] != "resource" or t["name"].lower() not in csdl:
            continue
        compared += 1
        names = {p["name"] for p in t["properties"] + t["relationships"]}
        declared = csdl[t["name"].lower()]["props"]
        found += len(declared & names)
        hit_origins.update(p["origin"] for p in t["properties"] + t["relationships"] if p["name"] in declared)
        total += len(declared)
        texts = []
        pages = sorted({src["file"] for src in t["sources"]} & resource_files)
        # The type's own pages (user.md, intune-devices-user.md), not those that mention it.
        own = [p for p in pages if os.path.basename(p)[:-3].split("-")[-1].lower() == t["name"].lower()]
        for path in own or pages:
            with open(path, encoding="utf-8") as f:
                texts.append(f.read())
        for miss in sorted(declared - names):
            misses[t["name"]] += 1
            place = where_written(miss, texts)
            miss_places[place] += 1
            if place == "table row":
                table_misses.append(f"{t['name']}.{miss}")
        everything = declared | inherited_props(csdl, t["name"].lower())
        found_inh += len(everything & names)
        total_inh += len(everything)
    print(f"\nproperty-name recall vs CSDL over {compared} types with a resource page: "
          f"declared {found}/{total} = {100 * found / max(1, total):.2f}%; with inherited {found_inh}/{total_inh} = {100 * found_inh / max(1, total_inh):.2f}%")
    print("   found names by where the IR read them:", ", ".join(f"{origin} {count}" for origin, count in hit_origins.most_common()))
    print("   most misses:", ", ".join(f"{n} {c}" for n, c in misses.most_common(8)))
    print("   where the type's resource pages write the missed names:",
          ", ".join(f"{place} {count}" for place, count in miss_places.most_common()))
    if table_misses:
        print("   missed table rows (first 10):", ", ".join(table_misses[:10]))
    ceiling = found + miss_places["table row"]
    print(f"   recall if every name in a table row were read: {ceiling}/{total} = {100 * ceiling / max(1, total):.2f}%")

    enum_hits = enum_total = 0
    for e in en["enums"]:
        key = e["name"].split(".")[-1].lower()
        if e.get("ownerType") is None and key in csdl_enums:
            enum_total += 1
            enum_hits += set(m["name"] for m in e["members"]) == set(csdl_enums[key])
    print(f"enums named by a table or type cell equal to the CSDL enum: {enum_hits}/{enum_total}")

    # The goal is stated for zh-cn-sxs; the plain translation (no English originals) is reported beside it.
    for locale in ("zh-cn-sxs", "zh-cn"):
        translated = models[locale]
        equal = both = 0
        differing = []
        for t in en["types"]:
            if t["origin"] != "resource":
                continue
            a, b = type_signature(en, t["name"]), type_signature(translated, t["name"])
            if b is None:
                continue
            both += 1
            if a == b:
                equal += 1
            else:
                differing.append(t["name"])
        print(f"\n{locale} type IR equal to en-us (names, types, enum members): {equal}/{both} = {100 * equal / max(1, both):.2f}%")
        print("   differing (first 12):", ", ".join(differing[:12]))

if __name__ == "__main__":
    main()
