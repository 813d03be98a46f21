"""What semgrep-core is told in a real scan (``engines/sast/runner.py``, ``core_targets.py``):
comments in the scanned code do not silence it, rules read only the files their ``paths``
name, and TypeScript module files are TypeScript."""

from __future__ import annotations

import pytest

from tracesec.engines.model import EngineOutcome, ScanConfig, TargetFile
from tracesec.engines.sast.runner import start

SAFE_FILTER = "<p>{{ bio|safe }}</p>\n"
FILES = {
    # semgrep's suppression comments are the author's word, not a triage decision
    "app.py": (
        "import subprocess\n"
        "from flask import request\n\n\n"
        "def ping():\n"
        '    subprocess.run("ping " + request.args["host"], shell=True)  # nosemgrep\n'
        "    # nosemgrep: trace.python.command-injection.subprocess-shell-true\n"
        '    subprocess.run("ping " + request.args["host"], shell=True)\n'
    ),
    "templates/profile.html": SAFE_FILTER,
    # the template rule's `paths` name templates: the same text in Python source is no sink
    "notes.py": f'HELP = """{SAFE_FILTER}"""\n',
    # an ES-module TypeScript file, an extension semgrep's own table does not list
    "web/calc.mts": (
        "import express from 'express';\n"
        "const app = express();\n"
        "app.post('/calc', (req, res) => { res.json(eval(req.body.expr)); });\n"
    ),
}


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> EngineOutcome:
    root = tmp_path_factory.mktemp("core-run")
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    targets = [
        TargetFile(path=name, abspath=root / name, size=(root / name).stat().st_size)
        for name in FILES
    ]
    return start(root, targets, ScanConfig()).wait()


def test_suppression_comments_in_the_code_hide_nothing(outcome: EngineOutcome) -> None:
    assert outcome.status.ok
    lines = {f.location.start_line for f in outcome.findings if f.location.path == "app.py"}
    assert lines == {6, 8}


def test_a_rule_reads_only_the_files_its_paths_name(outcome: EngineOutcome) -> None:
    rules = {(f.location.path, f.rule_id) for f in outcome.findings}
    assert ("templates/profile.html", "trace.templates.xss.jinja-django-safe") in rules
    assert not [f for f in outcome.findings if f.location.path == "notes.py"]


def test_typescript_module_files_are_analysed_as_typescript(outcome: EngineOutcome) -> None:
    [found] = [f for f in outcome.findings if f.location.path == "web/calc.mts"]
    assert found.rule_id == "trace.javascript.code-injection.tainted-eval"
    assert found.location.start_line == 3
