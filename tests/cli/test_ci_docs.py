"""docs/ci.md: every snippet is valid YAML and every `trace` command parses with the real CLI."""

from __future__ import annotations

import re
import shlex

import pytest
import yaml

from tests.support.paths import REPO_ROOT
from tracesec.cli.main import build_parser

DOC = (REPO_ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(yaml|sh)\n(.*?)```", DOC, flags=re.DOTALL)


def _commands() -> list[str]:
    commands = []
    for lang, body in BLOCKS:
        if lang == "sh":
            lines = [line.split("#", 1)[0].strip() for line in body.splitlines()]
            commands += [line for line in lines if line.startswith("trace ")]
            continue
        commands += [s for s in _strings(yaml.safe_load(body)) if s.startswith("trace ")]
    return commands


def _strings(node: object) -> list[str]:
    """Every string in a YAML document (a folded ``run: >-`` is one line already)."""
    if isinstance(node, str):
        return [node.strip()]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return []


def test_the_snippets_are_valid_yaml() -> None:
    yamls = [yaml.safe_load(body) for lang, body in BLOCKS if lang == "yaml"]
    assert len(yamls) == 3
    github, bitbucket, _precommit = yamls
    steps = github["jobs"]["trace"]["steps"]
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in steps)
    assert "*trace" not in str(bitbucket)  # the alias resolved to the step


@pytest.mark.parametrize("command", _commands())
def test_every_trace_command_parses(command: str) -> None:
    argv = shlex.split(command.replace("${{ vars.TRACE_PACKAGE }}", "x"))[1:]
    args = build_parser().parse_args(argv)
    if args.command == "scan":
        assert args.fail_on, command


def test_scan_commands_fail_on_findings() -> None:
    scans = [c for c in _commands() if c.startswith("trace scan")]
    assert len(scans) >= 6
    assert any("--format sarif" in c and "--fail-on high" in c for c in scans)
    assert any("--baseline" in c for c in scans)
