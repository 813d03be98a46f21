"""Repository suppressions: trace-ignore comments and .trace.yml, through the real scan."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from pathlib import Path

import pytest

from tests.support.git_trees import commit_all, init_repo, write
from tracesec.engines import suppressions
from tracesec.engines.model import Engine, Location, ScanConfig, ScanResult
from tracesec.engines.scan import scan
from tracesec.engines.secrets.detectors.base import fake

TOKEN = fake("ghp_", 36, seed="suppressions-test")
SECRETS_ONLY = ScanConfig(engines=(Engine.SECRETS,))


def _scan(root: Path, config: ScanConfig = SECRETS_ONLY) -> ScanResult:
    return scan(root, config)


def _one(result: ScanResult):  # type: ignore[no-untyped-def]
    assert len(result.findings) == 1, result.findings
    return result.findings[0]


@pytest.mark.parametrize(
    ("line", "rule", "reason"),
    [
        ("x = 1  # trace-ignore: github-pat test fixture", "github-pat", "test fixture"),
        ("x = 1 // trace-ignore fake token for docs", "", "fake token for docs"),
        ("/* trace-ignore: rule.a why not */", "rule.a", "why not"),
        ("<!-- trace-ignore: rule.b reason here -->", "rule.b", "reason here"),
        ("-- trace-ignore reviewed", "", "reviewed"),
        ("; trace-ignore: a-b", "a-b", ""),
        ("#trace-ignore", "", ""),
    ],
)
def test_comment_syntaxes(line: str, rule: str, reason: str) -> None:
    assert suppressions.parse_comment(line) == (rule, reason)


@pytest.mark.parametrize(
    "line", ['x = "trace-ignore me"', "trace_ignore = 1", "# trace-ignored-thing reason"]
)
def test_the_word_outside_a_comment_is_not_a_suppression(line: str) -> None:
    assert suppressions.parse_comment(line) is None


def test_comment_on_the_line_and_the_line_above_suppress(tmp_path: Path) -> None:
    write(tmp_path, "a.env", f"TOKEN={TOKEN}  # trace-ignore: github-pat revoked test token\n")
    write(tmp_path, "b.py", f"# trace-ignore rotated in 2025\nTOKEN = '{TOKEN}x'\n")
    result = _scan(tmp_path)
    by_path = {f.location.path: f for f in result.findings}
    a, b = by_path["a.env"].suppression, by_path["b.py"].suppression
    assert a is not None
    assert (a.source, a.path, a.line) == ("code", "a.env", 1)
    assert a.justification == "revoked test token"
    assert b is not None
    assert (b.source, b.line, b.justification) == ("code", 1, "rotated in 2025")


def test_comment_naming_another_rule_does_not_suppress(tmp_path: Path) -> None:
    write(tmp_path, "a.env", f"TOKEN={TOKEN}  # trace-ignore: aws-access-key not this one\n")
    assert _one(_scan(tmp_path)).suppression is None


def test_comment_without_reason_is_reported_not_honoured(tmp_path: Path) -> None:
    write(tmp_path, "a.env", f"TOKEN={TOKEN}  # trace-ignore\n")
    finding = _one(_scan(tmp_path))
    assert finding.suppression is None
    assert "has no reason" in finding.extra["suppression_problem"]


def test_in_code_suppressions_can_be_disabled(tmp_path: Path) -> None:
    write(tmp_path, "a.env", f"TOKEN={TOKEN}  # trace-ignore: github-pat fixture\n")
    config = ScanConfig(engines=(Engine.SECRETS,), in_code_suppressions=False)
    finding = _one(_scan(tmp_path, config))
    assert finding.suppression is None
    assert "in-code suppressions are disabled" in finding.extra["suppression_problem"]


def test_config_entries_by_path_rule_reason_and_expiry(tmp_path: Path) -> None:
    write(tmp_path, "tests/fixtures/a.env", f"TOKEN={TOKEN}\n")
    write(tmp_path, "src/b.env", f"TOKEN={TOKEN}y\n")
    write(tmp_path, "docs/c.env", f"TOKEN={TOKEN}z\n")
    write(
        tmp_path,
        ".trace.yml",
        "version: 1\nignore:\n"
        "  - paths: ['tests/**']\n    rules: [github-pat]\n    reason: fixtures\n"
        "    expires: 2999-01-01\n"
        "  - paths: ['docs/']\n    reason: docs\n    expires: 2001-01-01\n"
        "  - paths: ['src/*.env']\n",
    )
    result = _scan(tmp_path)
    by_path = {f.location.path: f for f in result.findings}
    fixture = by_path["tests/fixtures/a.env"].suppression
    assert fixture is not None
    assert (fixture.source, fixture.path, fixture.line) == ("config", ".trace.yml", 1)
    assert (fixture.justification, fixture.expires) == ("fixtures", "2999-01-01")
    assert by_path["docs/c.env"].suppression is None
    assert "expired on 2001-01-01" in by_path["docs/c.env"].extra["suppression_problem"]
    assert by_path["src/b.env"].suppression is None
    assert "entry 3 has no reason" in by_path["src/b.env"].extra["suppression_problem"]
    assert result.errors == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ignore: [", "not valid YAML at line"),
        ("- a\n", "must be a mapping"),
        ("ignore:\n  - reason: x\n", "needs at least one of paths"),
        ("ignore:\n  - paths: x\n    expires: soon\n", "must be a date"),
        ("ignore:\n  - paths: x\n    colour: red\n", "unknown key(s): colour"),
        ("version: 2\n", "unsupported version"),
    ],
)
def test_malformed_config_is_an_error_and_loses_nothing(
    tmp_path: Path, text: str, message: str
) -> None:
    write(tmp_path, "a.env", f"TOKEN={TOKEN}\n")
    write(tmp_path, ".trace.yml", text)
    result = _scan(tmp_path)
    assert _one(result).suppression is None
    assert len(result.errors) == 1
    assert result.errors[0].startswith(".trace.yml: ")
    assert message in result.errors[0]
    assert "none of its suppressions were applied" in result.errors[0]


def test_advisory_selector_matches_aliases() -> None:
    from tests.engines.formats.sample import SCA, result

    content = b"ignore:\n  - advisories: [CVE-2024-42005]\n    reason: not reachable\n"
    files = {".trace.yml": content}
    applied = suppressions.apply(result(), files.get, today=dt.date(2026, 1, 1))
    suppressed = {f.fingerprint for f in applied.findings if f.suppression is not None}
    assert suppressed == {SCA.fingerprint}


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("tests/**", "tests/a/b.py", True),
        ("**/fixtures/*.py", "x/y/fixtures/a.py", True),
        ("**/fixtures/*.py", "fixtures/a.py", True),
        ("*.py", "a/b.py", False),
        ("src/", "src/deep/x", True),
        ("a?c", "abc", True),
        ("a[b", "a[b", True),
        ("a\\*.py", "a*.py", True),
        ("a\\*.py", "ab.py", False),
        ("a\\?", "a?", True),
        ("a\\?", "ab", False),
        ("a\\\\b*", "a\\bc", True),
        ("**/\\*\\*", "x/**", True),
        ("**/\\*\\*", "x/ab", False),
    ],
)
def test_glob(pattern: str, path: str, expected: bool) -> None:
    assert suppressions.glob_match(pattern, path) is expected


@pytest.mark.parametrize("finding_name", ["SAST", "SCA", "SECRET", "HOSTILE"])
def test_config_snippet_reads_back_and_matches_its_finding(finding_name: str) -> None:
    from tests.engines.formats import sample

    finding = getattr(sample, finding_name)
    text = suppressions.config_snippet(
        engine=finding.engine.value,
        rule_id=finding.rule_id,
        path=finding.location.path,
        advisory_id=str(finding.extra.get("advisory_id", "")),
        reason='Used in tests: "fixtures" # not a comment',
        expires=dt.date(2027, 1, 31),
    )
    assert text.startswith("# .trace.yml at the repository root\nversion: 1\n")
    [entry] = suppressions.load_config(text.encode())
    assert entry.matches(finding)
    assert entry.reason == 'Used in tests: "fixtures" # not a comment'
    assert entry.expires == dt.date(2027, 1, 31)
    assert bool(entry.advisories) is (finding is sample.SCA)


def test_config_snippet_of_a_path_with_glob_characters_matches_that_file_only() -> None:
    from tests.engines.formats import sample

    odd = dataclasses.replace(sample.SAST, location=Location("app/a*b?\\c.py", 3, 3))
    text = suppressions.config_snippet(
        engine=odd.engine.value, rule_id=odd.rule_id, path=odd.location.path, reason="why"
    )
    [entry] = suppressions.load_config(text.encode())
    assert entry.matches(odd)
    for other in ("app/aXbY\\c.py", "app/a*b?c.py", "app/a*b?\\c.pyc"):
        assert not entry.matches(dataclasses.replace(odd, location=Location(other, 3, 3)))


def test_a_credential_quoted_in_a_reason_is_masked(tmp_path: Path) -> None:
    other = fake("ghp_", 36, seed="suppressions-test-reason")
    write(tmp_path, "a.env", f"TOKEN={TOKEN}  # trace-ignore: github-pat {TOKEN} was revoked\n")
    write(
        tmp_path,
        ".trace.yml",
        f"version: 1\nignore:\n  - paths: ['b.env']\n    reason: old {other} revoked\n",
    )
    write(tmp_path, "b.env", f"TOKEN={other}\n")
    result = _scan(tmp_path)
    reasons = [f.suppression.justification for f in result.findings if f.suppression]
    assert len(reasons) == 2
    for reason in reasons:
        assert TOKEN not in reason
        assert other not in reason
        assert "revoked" in reason
        assert "\u2026" in reason  # the masked preview, as the finding's own snippet shows it


@pytest.mark.parametrize(
    "pattern",
    ["**/" * 12 + "z", "*" * 24 + "z", "*a" * 12 + "z"],
)
def test_glob_of_a_hostile_pattern_answers_at_once(pattern: str) -> None:
    """A repository's .trace.yml is untrusted text: no pattern may make matching blow up
    (a backtracking regex took seconds to hours on these)."""
    started = time.monotonic()
    for path in ("/".join(["a"] * 40), "a" * 400):
        assert suppressions.glob_match(pattern, path) is False
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("**/**/x", "x", True),
        ("**/**/x", "a/b/x", True),
        ("**/x", "ax", False),
        ("a/**/b", "a/b", True),
        ("a/**/b", "a/x/y/b", True),
        ("a/**", "a/", True),
        ("a/**", "a", False),
        ("***.py", "a/b.py", True),
        ("*.py", "a.py", True),
        ("**.py", "a/b.py", True),
        ("a*b*c", "aXbYc", True),
        ("a*b*c", "aX/bYc", False),
        ("?", "/", False),
    ],
)
def test_glob_wildcards(pattern: str, path: str, expected: bool) -> None:
    assert suppressions.glob_match(pattern, path) is expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # an alias lets a small file expand to millions of patterns checked per finding
        (
            "ignore:\n  - &e {paths: [a/*], reason: r}\n  - *e\n",
            "YAML aliases (*name) are not allowed",
        ),
        ("ignore:\n" + "  - {paths: [a], reason: r}\n" * 201, "at most 200 entries"),
        (
            "ignore:\n  - {paths: [" + ", ".join(f"p{i}" for i in range(1001)) + "], reason: r}\n",
            "at most 1000 patterns",
        ),
        # paths alone that match every file would hide every finding of the repository
        ("ignore:\n  - {paths: ['**'], reason: r}\n", "matches every file"),
        ("ignore:\n  - {paths: ['**/*'], reason: r}\n", "matches every file"),
    ],
)
def test_hostile_config_is_refused(tmp_path: Path, text: str, message: str) -> None:
    write(tmp_path, "a.env", f"TOKEN={TOKEN}\n")
    write(tmp_path, ".trace.yml", text)
    result = _scan(tmp_path)
    assert _one(result).suppression is None
    [error] = result.errors
    assert message in error
    assert "none of its suppressions were applied" in error


def test_a_rule_everywhere_is_still_allowed() -> None:
    [entry] = suppressions.load_config(b"ignore:\n  - {paths: ['**'], rules: [x], reason: r}\n")
    assert entry.paths == ("**",)


def test_a_comment_in_todays_file_does_not_hide_a_secret_of_its_history(tmp_path: Path) -> None:
    """A history-only secret's line is a line of an old revision: today's comment on that
    line number was written about something else and must not hide it."""
    repo = init_repo(tmp_path / "r")
    write(repo, "app.py", f'print("hi")\nTOKEN = "{TOKEN}"\n')
    commit_all(repo, "add token")
    write(repo, "app.py", 'print("hi")\nx = 1  # trace-ignore reviewed, not a problem\n')
    commit_all(repo, "remove token")
    config = ScanConfig(engines=(Engine.SECRETS,), history=True)
    finding = _one(_scan(repo, config))
    assert finding.extra["history_only"] is True
    assert finding.suppression is None


@pytest.mark.parametrize(
    "text",
    [f"{TOKEN}: 1\n", f"version: {TOKEN}\n", f"ignore:\n  - paths: [a]\n    {TOKEN}: x\n"],
)
def test_a_config_error_never_repeats_a_credential(tmp_path: Path, text: str) -> None:
    """The error quotes the file's keys and values; a token pasted there is masked in it
    like anywhere else (errors reach CI logs and every report format)."""
    write(tmp_path, "a.py", "x = 1\n")
    write(tmp_path, ".trace.yml", text)
    [error] = _scan(tmp_path).errors
    assert "none of its suppressions were applied" in error
    assert TOKEN not in error
    assert TOKEN[8:24] not in error
