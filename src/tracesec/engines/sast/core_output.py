"""semgrep-core's JSON answer, read into the document the engine works on.

The engine reads semgrep's scan JSON: ``results``, ``errors``, ``paths``, ``version``.
semgrep-core writes the same results (with each taint finding's ``dataflow_trace``, which the
CLI's JSON leaves out) but its errors in its own shape; they are renamed here to the CLI's
(``type``, ``level``, ``path``, ``rule_id``, ``message``), which the rest of the engine reads.
A rule's error is located in the rules file, not in a target: it gets no path, so it reads as
an engine error, never as a scanned file's.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def read_document(data: bytes, rules_file: str) -> dict[str, Any] | None:
    """The document of semgrep-core's answer ``data``; None when it is not one. Errors located
    in ``rules_file`` (the run's rules, as given) get no path."""
    start = data.find(b"{")  # progress dots, should a build print them despite -json_nodots
    if start < 0:
        return None
    try:
        document = json.loads(data[start:])
    except ValueError:
        return None
    if not isinstance(document, dict):
        return None
    document["errors"] = [
        _error(e, rules_file) for e in document.get("errors") or () if isinstance(e, Mapping)
    ]
    return document


def _error(error: Mapping[str, Any], rules_file: str) -> dict[str, Any]:
    location = error.get("location")
    path = location.get("path") if isinstance(location, Mapping) else None
    if path is not None and str(path) == rules_file:
        path = None
    return {
        "type": error.get("error_type"),
        "level": str(error.get("severity", "")),
        "path": path,
        "rule_id": error.get("rule_id"),
        "message": str(error.get("message", "")),
    }
