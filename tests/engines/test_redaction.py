"""The one redaction step (``engines.redaction``), per file and through a real scan."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from tests.support.git_trees import write
from tracesec.engines import redaction
from tracesec.engines.model import Engine, Finding, Location, ScanConfig, Severity
from tracesec.engines.scan import scan
from tracesec.engines.secrets.engine import default_matcher
from tracesec.engines.secrets.redact import mask
from tracesec.engines.secrets.report import findings_for

TOKEN = "ghp_" + "Zq8rT1mV0xK3pL7sW9yB2nC4dF6gH5jA0eQz"
LINE = f'resp = requests.get(url, verify=False, headers={{"Authorization": "token {TOKEN}"}})'
DATA = f"import requests\n{LINE}\n".encode()


def _secrets(data: bytes, path: str = "app.py") -> list[Finding]:
    return findings_for(path, data, default_matcher().scan(data))


def _sast(snippet: str, line: int = 2, **extra: object) -> Finding:
    return Finding(
        engine=Engine.SAST,
        rule_id="trace.python.tls-verification.disabled",
        severity=Severity.HIGH,
        title="TLS verification disabled",
        message="Turn verification back on.",
        location=Location(path="app.py", start_line=line, end_line=line),
        fingerprint=f"sast-{line}",
        snippet=snippet,
        extra=extra,
    )


def test_a_secret_on_a_line_another_engine_reports_is_masked_there() -> None:
    secrets = _secrets(DATA)
    assert [f.rule_id for f in secrets] == ["github-pat"]
    reported = replace(_sast(LINE), title=f"Token {TOKEN}", message=f"Seen {TOKEN} here.")
    [secret, other] = redaction.redact_file(DATA, [*secrets, reported])
    assert secret == secrets[0]
    assert TOKEN not in repr(other)
    assert other.snippet == LINE.replace(TOKEN, mask(TOKEN.encode()))
    assert "verify=False" in other.snippet
    assert other.title == f"Token {mask(TOKEN.encode())}"
    assert other.message == f"Seen {mask(TOKEN.encode())} here."


def test_values_are_read_back_only_when_their_hash_matches() -> None:
    [secret] = _secrets(DATA)
    assert redaction.secret_values(DATA, [secret]) == [TOKEN.encode()]
    changed = DATA.replace(b"token ghp_", b"token  ghp_")  # the file moved on since the scan
    assert redaction.secret_values(changed, [secret]) == []
    elsewhere = replace(secret, location=replace(secret.location, start_line=40, end_line=40))
    assert redaction.secret_values(DATA, [elsewhere]) == []  # e.g. a history-only secret


def test_a_multi_line_key_is_masked_line_by_line() -> None:
    body = ["MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi", "Z1BjP5CE/Wm/Rr500PRK+Lh9x5eJPo5CAZ3/ANBE0s"]
    key = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END RSA PRIVATE KEY-----"
    snippet = f'KEY = """{key.splitlines()[0]}\n{body[0]}'  # a snippet cut after a few lines
    masked = redaction.mask_text(snippet, [key.encode()])
    assert body[0] not in masked
    assert mask(body[0].encode()) in masked


def test_a_credential_rule_finding_folds_into_the_secrets_finding() -> None:
    data = f'GITHUB_TOKEN = "{TOKEN}"\n'.encode()
    [secret] = _secrets(data)
    credential = replace(
        _sast(data.decode().strip(), line=1, **redaction.credential_extra(TOKEN.encode())),
        rule_id="trace.python.hardcoded-credentials.literal-secret",
        cwe=("CWE-798",),
    )
    assert credential.extra["secret_sha256"] == hashlib.sha256(TOKEN.encode()).hexdigest()
    [folded] = redaction.redact_file(data, [secret, credential])
    assert folded.engine == Engine.SECRETS
    assert folded.fingerprint == secret.fingerprint  # triage of the Secrets finding carries on
    [related] = folded.extra["related"]
    assert related["rule_id"] == credential.rule_id
    assert related["cwe"] == ["CWE-798"]
    assert TOKEN not in repr(folded)


def test_an_unreadable_file_still_folds_and_never_reads_other_files() -> None:
    [secret] = _secrets(DATA)
    reads: list[str] = []

    def read(path: str) -> bytes | None:
        reads.append(path)
        return None

    alone = replace(_sast("x = 1"), location=Location(path="other.py", start_line=1, end_line=1))
    out = redaction.redact_findings([secret, _sast("masked already"), alone], read)
    assert reads == ["app.py"]
    assert len(out) == 3


def test_a_credential_only_sast_reports_is_masked_by_sast(tmp_path: Path) -> None:
    # too plain for the Secrets engine, still a hard-coded password for the SAST rule
    password = "correcthorsebatterystaple"
    write(tmp_path, "db.py", f'password = "{password}"\n')
    result = scan(tmp_path, ScanConfig(engines=(Engine.SAST, Engine.SECRETS)))
    [finding] = result.findings
    assert finding.rule_id == "trace.python.hardcoded-credentials.literal-secret"
    assert finding.snippet == f'password = "{mask(password.encode())}"'
    assert finding.extra["masked_preview"] == mask(password.encode())
    assert password not in repr(result)


def test_a_history_only_secret_is_not_a_target_for_folding() -> None:
    data = f'GITHUB_TOKEN = "{TOKEN}"\n'.encode()
    [secret] = _secrets(data)
    old = replace(secret, fingerprint="old", extra={**secret.extra, "history_only": True})
    credential = _sast("GITHUB_TOKEN = ...", line=1, **redaction.credential_extra(b"other"))
    out = redaction.redact_file(data, [old, credential])
    assert [f.fingerprint for f in out] == ["old", "sast-1"]
    assert "related" not in out[0].extra


def test_a_trace_step_quoting_another_files_line_masks_that_files_secrets() -> None:
    """A taint trace through a helper of another file quotes the caller's code: the secrets
    of the caller's file are masked in the helper's finding too."""
    [secret] = _secrets(DATA)
    step = {"kind": "source", "path": "app.py", "line": 2, "code": LINE}
    sink = {"kind": "sink", "path": "dao.py", "line": 1, "code": "cur.execute(q)"}
    helper = replace(
        _sast("cur.execute(q)", line=1, dataflow=[step, sink]),
        location=Location(path="dao.py", start_line=1, end_line=1),
    )
    out = redaction.redact_findings([secret, helper], {"app.py": DATA}.get)
    [masked] = [f for f in out if f.location.path == "dao.py"]
    assert TOKEN not in repr(masked)
    assert masked.extra["dataflow"][0]["code"] == LINE.replace(TOKEN, mask(TOKEN.encode()))
    assert masked.extra["dataflow"][1] == sink


def test_a_credential_literal_on_a_callers_line_is_masked_in_the_helpers_trace(
    tmp_path: Path,
) -> None:
    # too plain for the Secrets engine: only the SAST credential rule knows it is one
    password = "correcthorsebatterystaple"
    write(
        tmp_path,
        "app/views.py",
        "from flask import request\nfrom app.dao.student import Student\n\n\n"
        "def add(conn):\n"
        f'    Student.create(conn, request.form["name"]); password = "{password}"\n',
    )
    write(
        tmp_path,
        "app/dao/student.py",
        "class Student:\n    @staticmethod\n    def create(conn, name):\n"
        "        conn.cursor().execute(\"INSERT INTO s VALUES ('%s')\" % name)\n",
    )
    result = scan(tmp_path, ScanConfig(engines=(Engine.SAST, Engine.SECRETS)))
    [helper] = [f for f in result.findings if f.location.path == "app/dao/student.py"]
    [caller_step] = [s for s in helper.extra["dataflow"] if s["path"] == "app/views.py"]
    assert caller_step["code"].startswith("Student.create(conn, ")
    assert mask(password.encode()) in caller_step["code"]
    assert password not in repr(result)
