"""The SAST runner against real semgrep: findings, identities, coverage and failure paths.

One shared semgrep run (module fixture) feeds most assertions, because every run pays ~2 s
of start-up; the failure paths need their own short runs.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tracesec.engines.fingerprint import sast_fingerprint
from tracesec.engines.model import (
    CoverageStatus,
    Engine,
    EngineOutcome,
    ScanConfig,
    Severity,
    TargetFile,
)
from tracesec.engines.sast import rules_digest, start

SQL_RULE = "trace.python.sql-injection.tainted-query"
CMD_RULE = "trace.python.command-injection.tainted-shell-command"
JS_EVAL_RULE = "trace.javascript.code-injection.tainted-eval"
DUP_LINE = '    cur.execute("SELECT * FROM t WHERE id = " + request.args["id"])\n'

APP = (
    "import subprocess\n"
    "from flask import request\n"
    "\n"
    "\n"
    "def view(cur):\n"
    '    label = "héllo wörld"  # non-ASCII before the match shifts byte offsets\n'
    + DUP_LINE
    + DUP_LINE
    + '    subprocess.run("ping " + request.args["host"], shell=True)\n'
    '    cur.execute("SELECT 1 WHERE a = %s", (request.args["a"],))\n'
    "    return label\n"
)
TEST_FILE = (
    "from flask import request\n\n\ndef test_view(cur):\n"
    '    cur.execute("SELECT * FROM u WHERE n = \'" + request.args["n"] + "\'")\n'
)
JS_APP = (
    "const express = require('express');\n"
    "const app = express();\n"
    "app.post('/calc', (req, res) => { res.json(eval(req.body.expr)); });\n"
)
# A rule file a hostile repository might ship: it must never be loaded.
HOSTILE_RULES = (
    "rules:\n"
    "  - id: hostile.everything\n"
    "    languages: [python]\n"
    "    severity: ERROR\n"
    "    message: injected\n"
    "    pattern: $X\n"
)


def _huge_taint_file(n: int = 20000) -> str:
    """One function with a long dependency chain: taint analysis exceeds a 1 s budget.

    Sized with a wide margin: 4,000 lines timed out on a loaded machine but not on an idle one.
    """
    lines = [
        "from flask import request\n\n\ndef handler(cursor):\n",
        "    v0 = request.args['q']\n",
    ]
    for i in range(1, n):
        lines.append(f"    v{i} = v{i - 1} + v{i // 2} if v{i % 7} else w{i}\n")
    lines.append(f"    cursor.execute(v{n - 1})\n")
    return "".join(lines)


def _targets(root: Path, paths: list[str]) -> list[TargetFile]:
    return [TargetFile(path=p, abspath=root / p, size=(root / p).stat().st_size) for p in paths]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sast-tree")
    files = {
        "app.py": APP,
        "tests/test_view.py": TEST_FILE,
        "web/server.js": JS_APP,
        "huge.py": _huge_taint_file(),
        "broken.py": "def (:\n    eval(x)\n",
        "not_in_walk.py": DUP_LINE.strip() + "\n",
        "README.md": "eval(request.args['x'])\n",
        # hostile configuration: ignore everything, and an extra rule pack
        ".semgrepignore": "*\n**/*.py\napp.py\ntests/\n",
        ".semgrep.yml": HOSTILE_RULES,
        ".semgrep/rules.yml": HOSTILE_RULES,
    }
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def outcome(tree: Path) -> EngineOutcome:
    walk = ["app.py", "tests/test_view.py", "web/server.js", "huge.py", "broken.py", "README.md"]
    # test code on: what is checked here is that semgrep's own test-path ignores do not apply
    config = ScanConfig(
        sast_per_file_timeout_seconds=1, sast_timeout_seconds=300, sast_test_code=True
    )
    return start(tree, _targets(tree, walk), config).wait()


def _by_rule(outcome: EngineOutcome, rule_id: str, path: str) -> list:
    return [f for f in outcome.findings if f.rule_id == rule_id and f.location.path == path]


def test_findings_carry_rule_metadata(outcome: EngineOutcome) -> None:
    [cmd] = _by_rule(outcome, CMD_RULE, "app.py")
    assert cmd.engine is Engine.SAST
    assert cmd.severity is Severity.CRITICAL  # from trace-severity, not semgrep's ERROR
    assert cmd.cwe == ("CWE-78",)
    assert cmd.owasp == ("A03:2021",)
    assert cmd.confidence == "high"
    assert cmd.location.start_line == 9
    assert "shell=False" in cmd.message  # the message says how to fix it
    assert cmd.title
    assert len(cmd.title) <= 120
    [js] = _by_rule(outcome, JS_EVAL_RULE, "web/server.js")
    assert js.location.start_line == 3


def test_parameterized_query_is_not_reported(outcome: EngineOutcome) -> None:
    lines = {f.location.start_line for f in _by_rule(outcome, SQL_RULE, "app.py")}
    assert lines == {7, 8}


def test_snippet_and_columns_cut_from_the_file(outcome: EngineOutcome) -> None:
    first = min(_by_rule(outcome, SQL_RULE, "app.py"), key=lambda f: f.location.start_line)
    assert first.snippet == DUP_LINE.rstrip("\n")
    # columns are characters, 1-based, and point at the query argument (the taint sink)
    start = DUP_LINE.index('"SELECT') + 1
    assert first.location.start_column == start
    assert first.location.end_column == DUP_LINE.rindex("]") + 2


def test_identical_lines_get_ordinals(outcome: EngineOutcome) -> None:
    dup = sorted(_by_rule(outcome, SQL_RULE, "app.py"), key=lambda f: f.location.start_line)
    matched = DUP_LINE.strip()[len("cur.execute(") : -1]
    assert [f.fingerprint for f in dup] == [
        sast_fingerprint(SQL_RULE, "app.py", matched, 0),
        sast_fingerprint(SQL_RULE, "app.py", matched, 1),
    ]


def test_test_paths_and_hostile_semgrepignore_do_not_hide_files(outcome: EngineOutcome) -> None:
    assert _by_rule(outcome, SQL_RULE, "tests/test_view.py")
    assert _by_rule(outcome, SQL_RULE, "app.py")


def test_repository_rules_are_never_loaded(outcome: EngineOutcome) -> None:
    assert all(f.rule_id.startswith("trace.") for f in outcome.findings)


def test_only_walked_files_are_scanned(outcome: EngineOutcome) -> None:
    paths = {f.location.path for f in outcome.findings} | {c.path for c in outcome.coverage}
    assert "not_in_walk.py" not in paths
    assert "README.md" not in paths


def test_per_file_timeout_and_parse_error_recorded_as_coverage(outcome: EngineOutcome) -> None:
    rows = {c.path: c for c in outcome.coverage}
    assert rows["huge.py"].status is CoverageStatus.TIMED_OUT
    assert rows["huge.py"].engine is Engine.SAST
    assert "timed out" in rows["huge.py"].reason
    assert rows["broken.py"].status is CoverageStatus.PARSE_ERROR
    assert set(rows) == {"huge.py", "broken.py"}


def test_status_reports_version_digest_and_incomplete(outcome: EngineOutcome) -> None:
    status = outcome.status
    assert status.ok
    assert not status.complete  # one file timed out, one did not parse
    assert status.files_scanned == 3  # app.py, tests/test_view.py, web/server.js
    assert status.version.startswith("semgrep 1.")
    assert status.version.endswith(f"rules {rules_digest()}")
    assert status.error == ""


def test_timed_out_and_unparsable_files_come_from_the_cache_with_their_rows(
    tree: Path, outcome: EngineOutcome, tmp_path: Path
) -> None:
    """A re-scan does not run semgrep again on a file that timed out or did not parse (it
    would repeat the same timeouts), yet reports the same coverage rows; a new per-rule
    timeout is a new key, so such a file is analysed again under it."""
    walk = ["app.py", "huge.py", "broken.py"]
    config = ScanConfig(sast_per_file_timeout_seconds=1, cache_dir=tmp_path / "cache")
    first = start(tree, _targets(tree, walk), config).wait()
    entries = sorted(p.name for p in (tmp_path / "cache").rglob("*") if p.is_file())
    assert len(entries) == len(walk) + 1  # one per file, and the tree's links (none here)
    again = start(tree, _targets(tree, walk), config).wait()
    rows = {c.path: (c.status, c.reason) for c in outcome.coverage}
    assert {c.path: (c.status, c.reason) for c in first.coverage} == rows
    assert {c.path: (c.status, c.reason) for c in again.coverage} == rows
    assert sorted(f.fingerprint for f in again.findings) == sorted(
        f.fingerprint for f in first.findings
    )
    assert again.status.files_scanned == first.status.files_scanned == 1
    assert not again.status.complete
    assert sorted(p.name for p in (tmp_path / "cache").rglob("*") if p.is_file()) == entries
    longer = ScanConfig(sast_per_file_timeout_seconds=2, cache_dir=tmp_path / "cache")
    cached_only = start(tree, _targets(tree, ["broken.py"]), longer).wait()
    assert {c.path for c in cached_only.coverage} == {"broken.py"}
    # broken.py under the new timeout, and that tree's links
    assert len([p for p in (tmp_path / "cache").rglob("*") if p.is_file()]) == len(walk) + 3


def test_whole_run_timeout_kills_semgrep(tree: Path) -> None:
    # huge.py's taint analysis runs well past the run's 1 s (its per-file limit is longer)
    config = ScanConfig(sast_timeout_seconds=1, sast_per_file_timeout_seconds=60)
    began = time.monotonic()
    result = start(tree, _targets(tree, ["huge.py"]), config).wait()
    assert time.monotonic() - began < 30
    assert not result.status.ok
    assert not result.status.complete
    assert "did not finish within 1 s" in result.status.error
    assert result.findings == ()


def test_memory_limit_failure_is_a_clear_error_without_traceback(tree: Path) -> None:
    config = ScanConfig(sast_memory_mb=48)
    result = start(tree, _targets(tree, ["app.py"]), config).wait()
    assert not result.status.ok
    error = result.status.error
    assert error
    assert "Traceback" not in error
    assert 'File "' not in error
    assert "\n" not in error


def test_cancel_stops_the_run(tree: Path) -> None:
    run = start(tree, _targets(tree, ["app.py", "huge.py"]), ScanConfig())
    time.sleep(0.3)
    began = time.monotonic()
    run.cancel()
    result = run.wait()
    assert time.monotonic() - began < 15
    assert not result.status.ok
    assert "cancelled" in result.status.error


def test_no_supported_files_means_no_semgrep_run(tree: Path) -> None:
    result = start(tree, _targets(tree, ["README.md"]), ScanConfig()).wait()
    assert result.status.ok
    assert result.status.complete
    assert result.status.files_scanned == 0
    assert result.findings == ()


def test_memory_limit_error_names_the_per_job_limit_and_job_count(tree: Path) -> None:
    config = ScanConfig(sast_memory_mb=24, sast_jobs=2)
    result = start(tree, _targets(tree, ["app.py"]), config).wait()
    assert not result.status.ok
    assert "sast_memory_mb=24 per job x 2 jobs = 48 MB" in result.status.error


def test_templates_csharp_and_php_files_reach_their_packs(tmp_path: Path) -> None:
    """Template (Jinja, Vue, EJS, JSP, Nunjucks, FreeMarker), Razor and PHP files are passed to
    semgrep and matched by the regex/language rules of their packs (explicit targets with
    unknown-to-semgrep suffixes included)."""
    files = {
        "templates/page.html": "<p>{{ comment.body|safe }}</p>\n<p>{{ comment.title }}</p>\n",
        "src/App.vue": '<template><div v-html="post.body"></div></template>\n',
        "views/bio.ejs": "<%- include('header') %>\n<p><%- user.bio %></p>\n",
        "Views/Index.cshtml": "<div>@Html.Raw(Model.Bio)</div>\n",
        "public/index.php": '<?php\necho "<h1>" . $_GET["name"] . "</h1>";\n',
        "WEB-INF/jsp/policy.jsp": '<h2><%= request.getParameter("policy") %></h2>\n',
        "views/invoice.njk": "<div>{{ banner | safe }}</div>\n",
        "templates/report.ftlh": "<h1>${ward}</h1>\n<div>${note?no_esc}</div>\n",
    }
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    result = start(tmp_path, _targets(tmp_path, sorted(files)), ScanConfig()).wait()
    found = {(f.rule_id, f.location.path, f.location.start_line) for f in result.findings}
    assert found == {
        ("trace.templates.xss.jinja-django-safe", "templates/page.html", 1),
        ("trace.templates.xss.vue-v-html", "src/App.vue", 1),
        ("trace.templates.xss.unescaped-output", "views/bio.ejs", 2),
        ("trace.csharp.xss.razor-html-raw", "Views/Index.cshtml", 1),
        ("trace.php.xss.tainted-echo", "public/index.php", 2),
        ("trace.templates.xss.jsp-request-output", "WEB-INF/jsp/policy.jsp", 1),
        ("trace.templates.xss.jinja-django-safe", "views/invoice.njk", 1),
        ("trace.templates.xss.freemarker-unescaped", "templates/report.ftlh", 2),
    }


WEBHOOKS = """\
import requests
from flask import request


def register():
    hook = request.get_json()
    requests.post(hook["callback_url"], json={"event": "ping"})


def deliver(subscription, payload):
    requests.post(subscription.callback_url, json=payload)
"""


def test_a_rule_yielding_to_another_reports_only_where_that_one_does_not(
    tmp_path: Path,
) -> None:
    """`trace-yields-to`: where request data reaches the call (`hook` is the request's JSON),
    the stored-URL rule's finding on the same line is dropped for the request rule's; where
    only a stored record's URL reaches it, the stored-URL rule reports."""
    (tmp_path / "webhooks.py").write_text(WEBHOOKS, encoding="utf-8")
    result = start(tmp_path, _targets(tmp_path, ["webhooks.py"]), ScanConfig()).wait()
    found = {(f.location.start_line, f.rule_id) for f in result.findings}
    assert found == {
        (7, "trace.python.ssrf.tainted-url"),
        (11, "trace.python.ssrf.stored-url"),
    }
