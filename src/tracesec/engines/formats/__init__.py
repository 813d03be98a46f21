"""Every output format renders from the one ``ScanResult`` schema.

A formatter is a function ``render(result) -> str``; the registry is explicit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from tracesec.engines.formats import csv, cyclonedx, json, sarif, spdx, table
from tracesec.engines.model import ScanResult

Formatter = Callable[[ScanResult], str]

FORMATS: Mapping[str, Formatter] = {
    "table": table.render,
    "json": json.render,
    "sarif": sarif.render,
    "csv": csv.render,
    "cyclonedx": cyclonedx.render,
    "spdx": spdx.render,
}


def render(
    result: ScanResult, fmt: str, *, information_uri: str = "", name: str = "", version: str = ""
) -> str:
    """``information_uri``: where a reader of the SARIF learns about the tool (the Trace
    instance's URL); ``name``/``version``: what an SBOM describes (a repository and the scanned
    commit; the scanned folder's name by default). The other formats have no place for them."""
    try:
        formatter = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    if fmt == "sarif":
        return sarif.render(result, information_uri=information_uri)
    if fmt in ("cyclonedx", "spdx"):
        sbom_format = cyclonedx if fmt == "cyclonedx" else spdx
        return sbom_format.render(result, name=name, version=version)
    return formatter(result)
