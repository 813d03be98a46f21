"""Validators for the official CycloneDX 1.6 and SPDX 2.3 JSON schemas (see schemas/SOURCE.md)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource

SCHEMAS = Path(__file__).parent / "schemas"


def _load(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def cyclonedx() -> jsonschema.Draft7Validator:
    schema = _load("bom-1.6.schema.json")
    # the bom schema refers to its siblings by relative URI; serve them from the copies
    registry: Registry = Registry().with_resources(
        (f"http://cyclonedx.org/schema/{name}", Resource.from_contents(_load(name)))
        for name in ("spdx.schema.json", "jsf-0.82.schema.json")
    )
    return jsonschema.Draft7Validator(
        schema, registry=registry, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )


@cache
def spdx() -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(
        _load("spdx-2.3.schema.json"), format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )
