"""Canary: raw secret values never reach findings, any output format, the CLI or the logs."""

from __future__ import annotations

import io
import json
import logging
import secrets as pysecrets
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from tests.engines.canary import FAMILIES, LANGUAGE_FILES, Canaries, assert_clean, plant
from tests.support.git_trees import commit_all, init_repo, write
from tracesec.cli.main import main
from tracesec.engines.formats import FORMATS, render
from tracesec.engines.formats import json as json_format
from tracesec.engines.model import Engine, ScanConfig, ScanResult
from tracesec.engines.sast import runner as sast_runner
from tracesec.engines.scan import scan
from tracesec.engines.secrets.redact import mask


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


@pytest.mark.parametrize("engines", [(Engine.SAST,), (Engine.SAST, Engine.SECRETS)])
# SAST columns count characters: a non-ASCII character before the key shifts byte offsets
@pytest.mark.parametrize("before", ["", 'String menu = "café"; '])
def test_a_credential_only_sast_knows_is_masked_in_other_findings(
    tmp_path: Path, engines: tuple[Engine, ...], before: str
) -> None:
    """A signing key that no Secrets detector recognises, found by a SAST credential rule,
    stays masked in the snippet, trace and context of every other finding near it."""
    key = pysecrets.token_hex(6) + "Kx"
    write(
        tmp_path,
        "Tokens.java",
        "import com.auth0.jwt.algorithms.Algorithm;\n"
        "class Tokens {\n"
        "    Object make() throws Exception {\n"
        f'        {before}Algorithm alg = Algorithm.HMAC256("{key}"); Object md = '
        'java.security.MessageDigest.getInstance("MD5");\n'
        '        return java.security.MessageDigest.getInstance("SHA1");\n'
        "    }\n"
        "}\n",
    )
    config = ScanConfig(engines=engines)
    # the SAST engine's own outcome (what its per-file result cache stores) is masked already
    outcome = sast_runner.start(tmp_path, scan_files(tmp_path, config), config).wait()
    _assert_clean(repr(outcome.findings), {"signing key": key}, "the SAST outcome")
    result = scan(tmp_path, config)
    rules = {f.rule_id for f in result.findings}
    assert "trace.java.hardcoded-credentials.literal-signing-key" in rules
    assert sum(f.rule_id == "trace.java.weak-crypto.weak-hash" for f in result.findings) == 2
    for fmt in FORMATS:
        _assert_clean(render(result, fmt), {"signing key": key}, f"--format {fmt}")


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


@dataclass(frozen=True)
class Planted:
    root: Path
    canaries: Canaries
    result: ScanResult


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Planted:
    root = tmp_path_factory.mktemp("planted")
    canaries = Canaries.fresh()
    plant(root, canaries)
    return Planted(root, canaries, scan(root, ScanConfig(engines=(Engine.SAST, Engine.SECRETS))))


def test_canary_every_family_in_every_language_through_every_engine(planted: Planted) -> None:
    """SAST reports lines that hold credentials (credential rules, a TLS rule on a line with a
    token): no finding of any engine, in any format, may hold a planted value."""
    c, result = planted.canaries, planted.result
    by_path: dict[str, set[str]] = {}
    for finding in result.findings:
        by_path.setdefault(finding.location.path, set()).add(finding.rule_id)
    for path in LANGUAGE_FILES:
        assert set(FAMILIES.values()) <= by_path[path], path
    sast_rules = {f.rule_id for f in result.findings if f.engine == Engine.SAST}
    # the lines SAST reports whole, with a token on them
    assert {
        "trace.python.tls-verification.disabled",
        "trace.go.tls-verification.disabled",
    } <= sast_rules
    tls = [f for f in result.findings if f.rule_id == "trace.go.tls-verification.disabled"]
    assert mask(c.github.encode()) in tls[0].snippet
    assert_clean(repr(result), c, "the ScanResult")
    for fmt in FORMATS:
        assert_clean(render(result, fmt), c, f"--format {fmt}")


@pytest.mark.parametrize("fmt", ["table", "sarif"])
def test_canary_cli_output_and_logs(
    planted: Planted, fmt: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    out, err = io.StringIO(), io.StringIO()
    argv = ["scan", str(planted.root), "--engines", "sast,secrets", "--format", fmt, "-v"]
    main(argv, out, err)
    assert "secrets.done" in err.getvalue()
    # the run really reported the SAST lines (the table shows titles, not rule ids)
    shown = "TLS" if fmt == "table" else "trace.python.tls-verification.disabled"
    assert shown in out.getvalue()
    assert_clean(out.getvalue() + err.getvalue(), planted.canaries, f"CLI {fmt}")
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records) + caplog.text
    assert_clean(logged, planted.canaries, "the logs")


def test_one_credential_is_one_finding_with_the_rule_attached(planted: Planted) -> None:
    c, result, tmp_path = planted.canaries, planted.result, planted.root
    credential_rules = {
        "app/settings.py": "trace.python.hardcoded-credentials.literal-secret",
        "web/config.js": "trace.javascript.hardcoded-credentials.literal-secret",
        "src/main/java/com/acme/Config.java": "trace.java.hardcoded-credentials.literal-secret",
        "gateway/main.go": "trace.go.hardcoded-credentials.literal-secret",
    }
    for path, rule_id in credential_rules.items():
        line = next(
            i
            for i, text in enumerate((tmp_path / path).read_text().splitlines(), 1)
            if c.password in text
        )
        on_line = [
            f for f in result.findings if (f.location.path, f.location.start_line) == (path, line)
        ]
        [finding] = on_line  # one row for the credential, not one per engine
        assert finding.engine == Engine.SECRETS
        [related] = finding.extra["related"]
        assert related["engine"] == "sast"
        assert related["rule_id"] == rule_id
        assert related["cwe"] == ["CWE-798"]
        assert "source code" in related["message"]
        assert_clean(repr(finding), c, path)
    # SARIF names the rules that also reported each credential
    sarif_doc = json.loads(render(result, "sarif"))
    related_rules = {
        rule
        for run in sarif_doc["runs"]
        for r in run["results"]
        for rule in r.get("properties", {}).get("related_rules", [])
    }
    assert related_rules == set(credential_rules.values())
    assert all(f.rule_id not in credential_rules.values() for f in result.findings), (
        "a credential rule finding stayed beside the Secrets finding"
    )
