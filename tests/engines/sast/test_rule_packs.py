"""CI gate for the rule packs: every rule over its annotated test files, checked as
``semgrep --test`` checks them, plus the metadata every Trace rule must carry."""

from __future__ import annotations

import functools
import re
import textwrap
from pathlib import Path

import pytest

from tests.support import rule_tests
from tracesec.engines.cores import usable_cores
from tracesec.engines.sast.command import RULES_DIR, rule_files

RULE_ID = re.compile(
    r"^trace\.(python|javascript|java|go|csharp|php|templates)\.[a-z0-9-]+\.[a-z0-9-]+$"
)
CWE = re.compile(r"^CWE-\d+: .+")
OWASP = re.compile(r"^A\d{2}:2021 - .+")
FIX_VERB = re.compile(
    r"\b(use|pass|keep|remove|call|escape|set|render|redirect|read|load|exchange|never|reject|"
    r"sign|bind|encode|drop|run|check|parse|create|upgrade|validate|install|assign|sanitize|send|mark|raise)\b",
    re.IGNORECASE,
)


@functools.cache
def _rule_files() -> tuple[rule_tests.RuleFile, ...]:
    # read once per process: parametrizing and the tests below all need them
    return tuple(rule_tests.rule_files(RULES_DIR))


def _rules() -> list[tuple[Path, dict]]:
    return [(f.path, rule) for f in _rule_files() for rule in f.rules]


def test_every_pack_has_rules_and_tests() -> None:
    files = _rule_files()
    assert [f.path for f in files] == rule_files()  # the files the engine loads
    packs = {f.path.parent.name for f in files}
    assert packs >= {"python", "javascript", "java", "go", "csharp", "php", "templates"}
    for f in files:
        assert f.tests, f"{f.path.name} has no test file next to it"
        text = "\n".join(p.read_text() for p in f.tests)
        for rule in f.rules:
            assert f"ruleid: {rule['id']}" in text, f"{rule['id']} has no true-positive annotation"
            assert f"ok: {rule['id']}" in text, f"{rule['id']} has no safe look-alike"


@pytest.mark.parametrize(
    ("path", "rule"), _rules(), ids=lambda v: v["id"] if isinstance(v, dict) else ""
)
def test_rule_metadata(path: Path, rule: dict) -> None:
    assert RULE_ID.match(rule["id"]), rule["id"]
    assert rule["id"].split(".")[1] == path.parent.name
    meta = rule["metadata"]
    assert meta["cwe"]
    assert all(CWE.match(c) for c in meta["cwe"])
    assert meta["owasp"]
    assert all(OWASP.match(o) for o in meta["owasp"])
    assert meta["confidence"] in {"HIGH", "MEDIUM", "LOW"}
    assert meta["category"] == "security"
    assert meta["trace-severity"] in {"critical", "high", "medium", "low"}
    assert rule["severity"] in {"ERROR", "WARNING", "INFO"}
    # the message must tell the user what to do, not only what is wrong
    assert len(rule["message"]) > 80
    assert FIX_VERB.search(rule["message"]), rule["message"]


def _focused(node: object) -> set[str]:
    """Metavariables a rule (or any branch of it) focuses on."""
    if isinstance(node, dict):
        found = {node["focus-metavariable"]} if "focus-metavariable" in node else set()
        return found.union(*(_focused(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_focused(v) for v in node))
    return set()


def _branches(rule: dict) -> list[object]:
    return rule.get("pattern-either") or [rule]


@pytest.mark.parametrize(
    ("path", "rule"), _rules(), ids=lambda v: v["id"] if isinstance(v, dict) else ""
)
def test_credential_rules_match_the_literal_itself(path: Path, rule: dict) -> None:
    """A hard-coded-credential rule is marked ``trace-credential-literal`` and every branch
    focuses on the literal, so the engine knows exactly which text to mask."""
    meta = rule["metadata"]
    is_credential = any(c.startswith("CWE-798:") for c in meta["cwe"])
    assert bool(meta.get("trace-credential-literal")) == is_credential, rule["id"]
    if is_credential:
        for branch in _branches(rule):
            assert _focused(branch), f"{rule['id']}: a branch does not focus on the literal"


def test_rule_ids_are_unique() -> None:
    ids = [rule["id"] for _, rule in _rules()]
    assert len(ids) == len(set(ids))


def test_every_annotation_holds(tmp_path: Path) -> None:
    """Every rule over its annotated test files, checked as ``semgrep --test`` checks them, in
    one semgrep run (``tests/support/rule_tests.py`` says why): any missed or unexpected line
    fails."""
    report = rule_tests.check(RULES_DIR, tmp_path, jobs=usable_cores())
    assert not report.failures, "\n".join(report.failures)[:6000]
    assert report.checked == {rule["id"] for _, rule in _rules()}


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))


def _eval_rule(rule_id: str) -> str:
    return f"""
        rules:
          - id: {rule_id}
            languages: [python]
            severity: ERROR
            message: m
            pattern: eval($X)
    """


def test_the_annotation_check_fails_on_each_kind_of_mistake(tmp_path: Path) -> None:
    """The gate above can fail: one semgrep run over a small pack with one mistake per file."""
    rules = tmp_path / "rules" / "python"
    _write(rules / "good.yaml", _eval_rule("t.good"))
    _write(
        rules / "good.py",
        """
        # ruleid: t.good
        eval(a)
        # ok: t.good
        print(a)
        # todook: t.good
        eval(b)
        """,
    )
    _write(rules / "missed.yaml", _eval_rule("t.missed"))
    _write(rules / "missed.py", "# ruleid: t.missed\nprint(a)\n# ruleid: t.missed\neval(a)\n")
    _write(rules / "unmarked.yaml", _eval_rule("t.unmarked"))
    _write(rules / "unmarked.py", "# ruleid: t.unmarked\neval(a)\n# ok: t.unmarked\neval(b)\n")
    _write(rules / "stranger.yaml", _eval_rule("t.stranger"))
    _write(
        rules / "stranger.py",
        "# ruleid: t.stranger\neval(a)\n# ok: t.good\nprint(a)\n",
    )
    _write(rules / "silent.yaml", _eval_rule("t.silent"))
    _write(rules / "silent.py", "# ok: t.silent\nprint(a)\n")
    _write(rules / "untested.yaml", _eval_rule("t.untested"))
    home = tmp_path / "home"
    home.mkdir()

    report = rule_tests.check(tmp_path / "rules", home, jobs=1)

    assert sorted(report.failures) == sorted(
        [
            "untested.yaml: no test file next to it",
            "missed.py: t.missed missed lines [2]",
            "unmarked.py: t.unmarked reported lines [4] not marked ruleid",
            "stranger.py: annotation names t.good, not a rule of its rule file",
            "stranger.py: rule id mismatch: annotated ['t.good'] report nothing here; [] "
            "report unannotated",
            "silent.py: rule id mismatch: annotated ['t.silent'] report nothing here; [] "
            "report unannotated",
        ]
    )
