"""Canary: raw secret values never reach findings, any output format, the CLI or the logs."""

from __future__ import annotations

import io
import logging
import secrets as pysecrets
from dataclasses import replace
from pathlib import Path

import pytest

from tests.support.git_trees import commit_all, init_repo, write
from tracesec.cli.main import main
from tracesec.engines.formats import FORMATS, render
from tracesec.engines.formats import json as json_format
from tracesec.engines.model import Engine, ScanConfig
from tracesec.engines.scan import scan


def _canaries() -> dict[str, str]:
    """Fresh random values every run: nothing can match them by accident or by hard-coding."""
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

    def rand(n: int, alphabet: str = alnum) -> str:
        return "".join(pysecrets.choice(alphabet) for _ in range(n))

    return {
        "github": "ghp_" + rand(36),
        "stripe": "sk_live_" + rand(40),
        "aws_id": "AKIA" + rand(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
        "db_password": rand(18),
        "generic": rand(28) + "9x",
        "slack": f"xoxb-{rand(12, '0123456789')}-{rand(12, '0123456789')}-{rand(24)}",
    }


def _tree(root: Path, c: dict[str, str]) -> None:
    write(root, "settings.py", f'GITHUB_TOKEN = "{c["github"]}"\nSTRIPE = "{c["stripe"]}"\n')
    write(root, "deploy/.env", f"AWS_ACCESS_KEY_ID={c['aws_id']}\nSERVICE_TOKEN={c['generic']}\n")
    write(
        root,
        "config/db.yaml",
        f"url: postgres://app:{c['db_password']}@db.internal:5432/app  # {c['db_password']}\n",
    )
    write(root, "very long line.js", "x=1;" * 3000 + f'const s = "{c["slack"]}";' + "y=2;" * 3000)


def _assert_clean(text: str, canaries: dict[str, str], where: str) -> None:
    for name, value in canaries.items():
        assert value not in text, f"{name} leaked into {where}"


def test_canary_secrets_never_leave_the_engine(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    canaries = _canaries()
    repo = init_repo(tmp_path / "repo")
    _tree(repo, canaries)
    commit_all(repo, "add")
    (repo / "deploy" / ".env").unlink()  # history-only from now on
    commit_all(repo, "remove")
    caplog.set_level(logging.DEBUG)
    config = ScanConfig(engines=(Engine.SECRETS,), history=True)
    result = scan(repo, config)
    found = {f.rule_id for f in result.findings}
    assert {
        "github-pat",
        "stripe-secret-key",
        "aws-access-key-id",
        "generic-secret",
        "database-url-password",
        "slack-bot-token",
    } <= found
    _assert_clean(repr(result), canaries, "the ScanResult")
    for fmt in FORMATS:
        _assert_clean(render(result, fmt), canaries, f"--format {fmt}")
    _assert_clean(
        json_format.render(json_format.loads(json_format.render(result))), canaries, "json"
    )
    for fmt in FORMATS:
        out, err = io.StringIO(), io.StringIO()
        argv = ["scan", str(repo), "--engines", "secrets", "--history", "--format", fmt, "-v"]
        main(argv, out, err)
        assert "secrets.done" in err.getvalue()  # -v logs engine events to stderr
        _assert_clean(out.getvalue() + err.getvalue(), canaries, f"CLI {fmt}")
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records) + caplog.text
    _assert_clean(logged, canaries, "the logs")


def test_errors_while_scanning_do_not_quote_content(tmp_path: Path) -> None:
    canaries = _canaries()
    _tree(tmp_path, canaries)
    # A detector that crashes mid-file: the coverage reason names the type, not the data.
    from tracesec.engines.secrets import engine

    config = ScanConfig(engines=(Engine.SECRETS,))
    files = [replace(f, abspath=f.abspath.parent) for f in scan_files(tmp_path, config)]
    outcome = engine.run(tmp_path, files, config)
    for record in outcome.coverage:
        _assert_clean(record.reason, canaries, "a coverage reason")


def scan_files(root: Path, config: ScanConfig):
    from tracesec.engines.targets import walk

    return walk(root, config).files
