#!/usr/bin/env python3
"""Writes a synthetic IR dump shaped like Graph (inheritance chains, owned enums, polymorphic
references, operations) for measuring generation and build time at scale:
    scripts/synthetic-ir.py 2000 > /tmp/ir.json
Real numbers come from the corpus once extraction reads it (scripts/scale-check.sh)."""
import json, random, sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
random.seed(42)
primitives = ["String", "Int32", "Int64", "Boolean", "DateTimeOffset", "Double", "Guid", "Date", "Duration", "Binary"]
loc = lambda line: {"file": "synthetic.md", "line": line, "column": 1}

def prop(name, type_name, collection=False, enum=None, read_only=False):
    return {"name": name, "type": {"name": type_name, "collection": collection}, "description": f"The {name}.",
            "readOnly": read_only, "nullable": None, "required": None, "inheritedFrom": None, "enum": enum,
            "origin": "resource", "source": loc(1)}

types, enums, operations = [], [], []
names = ["entity"] + [f"type{i:05d}" for i in range(1, count)]
for i, name in enumerate(names):
    base = None if i == 0 else names[random.randrange(0, i)] if random.random() < 0.6 else None
    props = [prop("id", "String", read_only=True)] if i == 0 else []
    for p in range(random.randint(5, 25)):
        r = random.random()
        if r < 0.7:
            props.append(prop(f"p{p}", random.choice(primitives), collection=random.random() < 0.1))
        elif r < 0.85 and i > 0:
            props.append(prop(f"p{p}", names[random.randrange(0, i)], collection=random.random() < 0.5))
        else:
            enum_name = f"{name}.p{p}"
            enums.append({"name": enum_name, "members": [{"name": f"value{m}", "description": ""} for m in range(random.randint(2, 12))] + [{"name": "unknownFutureValue", "description": ""}],
                          "isFlags": False, "origin": "description", "ownerType": name, "ownerProperty": f"p{p}", "sources": [loc(2)]})
            props.append(prop(f"p{p}", "String", enum=enum_name))
    types.append({"name": name, "namespace": "microsoft.graph", "kind": "entity", "baseType": base, "description": f"Type {name}.",
                  "properties": sorted(props, key=lambda p: p["name"]), "relationships": [], "origin": "resource",
                  "isOpen": False, "isAbstract": False, "keyProperty": None, "sources": [loc(3)]})
    if i % 3 == 0:
        operations.append({"id": f"{name}-get", "title": f"Get {name}", "apiVersion": "v1.0", "page": "synthetic.md",
                           "routes": [{"method": "GET", "path": f"/{name}s/{{id}}", "source": loc(4)}],
                           "requestBody": None, "responses": [{"status": 200, "type": {"name": name, "collection": False}}],
                           "examples": [], "translations": [], "sources": [loc(5)]})
json.dump({"formatVersion": 1, "pages": [], "types": types, "enums": sorted(enums, key=lambda e: e["name"]),
           "operations": operations, "diagnostics": []}, sys.stdout)
