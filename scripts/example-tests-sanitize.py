#!/usr/bin/env python3
"""Drops from an IR dump (graphdoc ir --format json) the few facts that make Swift names collide,
so example tests can be generated for a whole corpus: a type inferred only from examples whose
name is an enum's, and an enum read from a property description whose name is a type's.
Usage: example-tests-sanitize.py IN.json OUT.json   (prints what it dropped to stderr)"""
import json, re, sys

def swift_key(name):
    last = name.split(".")[-1]
    return "".join(re.findall(r"[A-Za-z0-9]+", last)).lower()

ir = json.load(open(sys.argv[1]))
enum_keys = {swift_key(e["name"]) for e in ir["enums"] if "." not in e["name"] or e["name"].startswith("microsoft.")}
type_keys = {swift_key(t["name"]) for t in ir["types"]}
dropped = []
kept_types = []
for t in ir["types"]:
    if t.get("origin") == "example" and swift_key(t["name"]) in enum_keys:
        dropped.append("type " + t["name"])
    else:
        kept_types.append(t)
kept_enums = []
for e in ir["enums"]:
    top_level = "." not in e["name"] or e["name"].startswith("microsoft.")
    if top_level and e.get("origin") == "description" and swift_key(e["name"]) in type_keys:
        dropped.append("enum " + e["name"])
    else:
        kept_enums.append(e)
ir["types"], ir["enums"] = kept_types, kept_enums
json.dump(ir, open(sys.argv[2], "w"))
for item in dropped:
    print("sanitize: dropped " + item + " (its Swift name collides)", file=sys.stderr)
