"""Every output format renders from the one ``ScanResult`` schema.

A formatter is a function ``render(result) -> str``; the registry is explicit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from tracesec.engines.formats import csv, json, sarif, table
from tracesec.engines.model import ScanResult

Formatter = Callable[[ScanResult], str]

FORMATS: Mapping[str, Formatter] = {
    "table": table.render,
    "json": json.render,
    "sarif": sarif.render,
    "csv": csv.render,
}


def render(result: ScanResult, fmt: str) -> str:
    try:
        formatter = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    return formatter(result)
