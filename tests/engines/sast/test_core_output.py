"""semgrep-core's answer read into the engine's document (``engines/sast/core_output.py``)."""

from __future__ import annotations

import json

from tracesec.engines.sast.core_output import read_document

RULES = "/tmp/trace-sast-x/rules.json"


def _answer(**document: object) -> bytes:
    return json.dumps({"version": "1.185.0", "results": [], **document}).encode()


def test_errors_are_renamed_to_the_shape_the_engine_reads() -> None:
    parse_error = {
        "error_type": ["PartialParsing", [{"path": "a.cs"}]],
        "severity": "warn",
        "message": "`x` was unexpected",
        "location": {"path": "a.cs", "start": {"line": 3}, "end": {"line": 3}},
    }
    timeout = {"error_type": "Timeout", "severity": "warn", "rule_id": "trace.r", "message": ""}
    timeout["location"] = {"path": "big.py"}
    document = read_document(_answer(errors=[parse_error, timeout]), RULES)
    assert document is not None
    assert document["errors"] == [
        {
            "type": ["PartialParsing", [{"path": "a.cs"}]],
            "level": "warn",
            "path": "a.cs",
            "rule_id": None,
            "message": "`x` was unexpected",
        },
        {"type": "Timeout", "level": "warn", "path": "big.py", "rule_id": "trace.r", "message": ""},
    ]


def test_a_rules_error_is_no_targets_error() -> None:
    # semgrep-core locates a rule's error in the rules file; a target of the same name must
    # not be reported as unparsable for it
    rule_error = {
        "error_type": "Rule parse error",
        "severity": "error",
        "rule_id": "trace.bad",
        "message": "Invalid pattern",
        "location": {"path": RULES},
    }
    document = read_document(_answer(errors=[rule_error]), RULES)
    assert document is not None
    [error] = document["errors"]
    assert error["path"] is None
    assert error["level"] == "error"


def test_progress_dots_before_the_answer_are_skipped() -> None:
    document = read_document(b".\n..\n" + _answer(), "")
    assert document is not None
    assert document["version"] == "1.185.0"


def test_anything_else_is_no_document() -> None:
    for data in (b"", b"Fatal error: out of memory\n", b"{not json", b"...", b"[1, 2]"):
        assert read_document(data, "") is None
