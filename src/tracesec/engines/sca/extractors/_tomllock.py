"""Shared reading of TOML lockfiles that list packages as ``[[package]]`` tables."""

from __future__ import annotations

import re
from typing import Any

from tracesec.engines.sca.extractors.base import ParseError


def package_tables(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    tables = data.get(key, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise ParseError(f"'{key}' is not an array of tables")
    return tables


def name_lines(text: str, key: str) -> list[int]:
    """1-based line of the ``name =`` key of each ``[[key]]`` table, in document order."""
    header = re.compile(rf"^\s*\[\[\s*{re.escape(key)}\s*\]\]\s*(?:#.*)?$", re.MULTILINE)
    name = re.compile(r"^\s*name\s*=", re.MULTILINE)
    lines = []
    for match in header.finditer(text):
        found = name.search(text, match.end())
        offset = found.start() if found else match.start()
        lines.append(text.count("\n", 0, offset) + 1)
    return lines


def required_str(table: dict[str, Any], field: str, index: int) -> str:
    value = table.get(field)
    if not isinstance(value, str) or not value:
        raise ParseError(f"package #{index + 1} has no {field!r}")
    return value
