#!/usr/bin/env python3
"""Validate denialkb YAML outputs with a third-party validator (Python `jsonschema`, draft
2020-12) against the same schema file the tool embeds.

usage: scripts/validate_third_party.py DIR_OR_FILE...   (needs PyYAML and jsonschema)
PyYAML reads unquoted dates as date objects (YAML 1.1); they are turned back into the ISO
strings the JSON data model holds before validating.
"""
import datetime
import glob
import json
import os
import sys

import jsonschema
import yaml

here = os.path.dirname(os.path.abspath(__file__))
schema = json.load(open(os.path.join(here, "..", "schema", "article.schema.json"), encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)


def plain(x):
    if isinstance(x, dict):
        return {k: plain(v) for k, v in x.items()}
    if isinstance(x, list):
        return [plain(v) for v in x]
    if isinstance(x, datetime.date):
        return x.isoformat()
    return x


files = []
for arg in sys.argv[1:]:
    files += sorted(glob.glob(os.path.join(arg, "*.yaml"))) if os.path.isdir(arg) else [arg]
bad = 0
for f in files:
    if os.path.basename(f) == "manifest.yaml":
        continue
    errors = list(validator.iter_errors(plain(yaml.safe_load(open(f, encoding="utf-8")))))
    for e in errors:
        print(f"{f}: {'/'.join(map(str, e.path))}: {e.message}")
    bad += bool(errors)
print(f"{len(files)} files, {bad} invalid (python jsonschema)")
sys.exit(1 if bad else 0)
