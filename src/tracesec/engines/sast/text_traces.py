"""Taint traces from semgrep's text report.

semgrep CE 1.185 computes a taint finding's source → intermediate → sink steps with
``--dataflow-traces`` but prints them only in its text report: its JSON and SARIF carry no
``dataflow_trace``. The runner therefore asks for the text report too (``--text-output``) and
this module reads the steps' *line numbers* from it; the code of each step is cut from the file
itself later (``results.dataflow_steps``), never taken from semgrep's text. A report this module
cannot read gives no steps, never a wrong finding.

The text report, per file and rule, is (semgrep prints the rule's marks as U+276F/U+2771 and the
gutter as U+2506; written here as ">>" and "|")::

        path/to/file.py
       >>> rule.id
              message (possibly several lines)
                6| os.system(y)               <- the match
              Taint comes from:
                4| x = request.args.get("a")
              Taint flows through these intermediate variables:
                5| y = "ls " + x
                    This is how taint reaches the sink:
                6| os.system(y)
                ...|----------------------------------------   <- the next match of the same rule
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any

MAX_TEXT_BYTES = 64 * 1024 * 1024

_RULE = re.compile(r"^\s+[\u276f\u2771]+\s+(\S+)\s*$")
_PATH = re.compile(r"^ {4}(\S.*?)\s*$")
_CODE = re.compile(r"^\s+(\d+)\u2506")
_SEPARATOR = re.compile(r"^\s+\u22ee\u2506-+\s*$")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")  # colours, which semgrep may print in files too
_SECTIONS = {
    "Taint comes from:": "source",
    "Taint flows through these intermediate variables:": "step",
    "This is how taint reaches the sink:": "sink",
}

TraceKey = tuple[str, str, int]  # (path as semgrep printed it, rule id, first line of the match)


@dataclass
class _Match:
    path: str
    rule: str
    line: int = 0
    steps: dict[str, list[int]] = field(default_factory=dict)


def parse_text_traces(text: str) -> dict[TraceKey, dict[str, list[int]]]:
    """Each traced match's step lines by kind ("source", "step", "sink"), keyed by where the
    match is; matches without a trace are left out."""
    traces: dict[TraceKey, dict[str, list[int]]] = {}
    path = rule = ""
    current: _Match | None = None
    section = ""

    def close() -> None:
        if current is not None and current.line and current.steps:
            traces.setdefault((current.path, current.rule, current.line), current.steps)

    for line in _ANSI.sub("", text).splitlines():
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped in _SECTIONS:
            section = _SECTIONS[stripped]
            continue
        rule_match = _RULE.match(line)
        if rule_match and path:
            close()
            rule, section = rule_match.group(1), ""
            current = _Match(path, rule)
            continue
        if _SEPARATOR.match(line):
            close()
            current, section = (_Match(path, rule) if rule else None), ""
            continue
        code = _CODE.match(line)
        if code:
            if current is None:
                continue
            number = int(code.group(1))
            if not section:
                current.line = current.line or number
            else:
                current.steps.setdefault(section, []).append(number)
            continue
        path_match = _PATH.match(line)
        if path_match:
            # a file header is indented four spaces; messages and steps are indented more.
            # It also ends the previous file's last section (its sink lines).
            close()
            path, rule, current, section = path_match.group(1), "", None, ""
    close()
    return traces


def _location(path: str, line: int) -> dict[str, Any]:
    return {"path": path, "start": {"line": line}, "end": {"line": line}}


def attach_traces(document: Mapping[str, Any], traces: Mapping[TraceKey, Mapping[str, Any]]) -> int:
    """Gives each result of a semgrep JSON document the ``dataflow_trace`` its text report
    printed, in the JSON shape ``results.dataflow_steps`` reads; returns how many got one."""
    attached = 0
    for result in document.get("results") or []:
        if not isinstance(result, MutableMapping):
            continue
        extra = result.get("extra")
        start = result.get("start")
        if not isinstance(extra, MutableMapping) or not isinstance(start, Mapping):
            continue
        if extra.get("dataflow_trace"):
            continue  # a semgrep build that reports it in JSON: its own word wins
        path = str(result.get("path", ""))
        steps = traces.get((path, str(result.get("check_id", "")), int(start.get("line", 0))))
        if not steps:
            continue
        sources, sinks = steps.get("source") or [], steps.get("sink") or []
        extra["dataflow_trace"] = {
            "taint_source": ["CliLoc", [_location(path, sources[0]), ""]] if sources else None,
            "intermediate_vars": [{"location": _location(path, n)} for n in steps.get("step", [])],
            "taint_sink": ["CliLoc", [_location(path, sinks[0]), ""]] if sinks else None,
        }
        attached += 1
    return attached
