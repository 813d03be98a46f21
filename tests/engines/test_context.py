"""Context lines stored with findings: ±5 lines, masked like snippets, only from the scan."""

from __future__ import annotations

from pathlib import Path

from tests.support.git_trees import write
from tracesec.engines.context import CONTEXT_LINES
from tracesec.engines.model import Engine, ScanConfig
from tracesec.engines.scan import scan
from tracesec.engines.secrets.detectors.base import fake

TOKEN = fake("ghp_", 36, seed="context-test")
OTHER = fake("ghp_", 36, seed="context-neighbour")


def test_context_is_five_lines_each_side_with_secrets_masked(tmp_path: Path) -> None:
    lines = [f"line_{n} = {n}" for n in range(1, 21)]
    lines[9] = f'token = "{TOKEN}"'  # line 10: the finding
    lines[11] = f'# old = "{OTHER}"'  # line 12: a neighbouring secret, in the context
    write(tmp_path, "settings.py", "\n".join(lines) + "\n")
    result = scan(tmp_path, ScanConfig(engines=(Engine.SECRETS,)))
    finding = next(f for f in result.findings if f.location.start_line == 10)
    context = finding.extra["context"]
    assert context["before"] == lines[4:9]
    assert len(context["after"]) == CONTEXT_LINES
    assert context["after"][0] == "line_11 = 11"
    stored = repr(result.findings)
    assert TOKEN not in stored
    assert OTHER not in stored
    assert "ghp_" in context["after"][1]  # masked preview, not dropped


def test_context_masks_secrets_even_when_only_sast_runs(tmp_path: Path) -> None:
    body = [
        "import sqlite3",
        "from flask import request",
        f'KEY = "{TOKEN}"',
        "def view():",
        '    name = request.args.get("name")',
        '    query = "SELECT * FROM users WHERE name = \'" + name + "\'"',
        '    return sqlite3.connect("x.db").execute(query)',
    ]
    write(tmp_path, "app.py", "\n".join(body) + "\n")
    result = scan(tmp_path, ScanConfig(engines=(Engine.SAST,), sast_jobs=1))
    assert result.findings, "the SQL-injection rule should fire"
    for finding in result.findings:
        assert "context" in finding.extra
        assert TOKEN not in repr(finding.extra)


def test_context_at_file_edges_is_short_not_padded(tmp_path: Path) -> None:
    write(tmp_path, "a.py", f'T = "{TOKEN}"\n')
    result = scan(tmp_path, ScanConfig(engines=(Engine.SECRETS,)))
    (finding,) = result.findings
    assert finding.extra["context"] == {"before": [], "after": []}
