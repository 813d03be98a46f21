"""`trace scan` through the real CLI entry point."""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest

from tests.support.cli import run_scan as _run
from tests.support.git_trees import commit_all, init_repo, write
from tracesec.cli import exit_codes
from tracesec.cli.main import main
from tracesec.engines.formats import json as json_format
from tracesec.engines.secrets.detectors.base import fake

TOKEN = fake("ghp_", 36, seed="cli-test")


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default cache lives in the data directory: keep it out of the working tree."""
    monkeypatch.setenv("TRACE_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    write(root, "settings.py", f'TOKEN = "{TOKEN}"\n')
    write(root, "README.md", "hello\n")
    return root


def test_table_output_and_findings_exit_code(project: Path) -> None:
    code, out, err = _run(str(project), "--engines", "secrets")
    assert code == exit_codes.FINDINGS
    assert "github-pat" in out
    assert "settings.py:1" in out
    assert TOKEN not in out + err
    assert err == ""  # no progress bar when stderr is not a terminal


def test_json_to_file_round_trips(project: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, out, _ = _run(str(project), "--engines", "secrets", "--format", "json", "-o", str(target))
    assert code == exit_codes.FINDINGS
    assert out == ""
    result = json_format.load(target)
    assert [f.rule_id for f in result.findings] == ["github-pat"]
    assert [s.engine.value for s in result.engines] == ["secrets"]


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [("critical", exit_codes.FINDINGS), ("info", exit_codes.FINDINGS), ("none", exit_codes.OK)],
)
def test_fail_on(project: Path, fail_on: str, expected: int) -> None:
    assert _run(str(project), "--engines", "secrets", "--fail-on", fail_on)[0] == expected


def test_clean_tree_exits_zero(tmp_path: Path) -> None:
    write(tmp_path, "a.py", "print('hello')\n")
    code, out, _ = _run(str(tmp_path), "--engines", "secrets", "--format", "csv")
    assert code == exit_codes.OK
    assert out.splitlines()[0].startswith("engine,severity,rule_id")
    assert len(out.splitlines()) == 1


def test_sarif_output(project: Path) -> None:
    code, out, _ = _run(str(project), "--engines", "secrets", "--format", "sarif")
    doc = json.loads(out)
    assert code == exit_codes.FINDINGS
    assert doc["version"] == "2.1.0"
    assert doc["runs"][0]["results"][0]["ruleId"] == "github-pat"


def test_sarif_information_uri_is_the_configured_trace_url_or_absent(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRACE_BASE_URL", raising=False)
    _, out, _ = _run(str(project), "--engines", "secrets", "--format", "sarif")
    assert "informationUri" not in json.loads(out)["runs"][0]["tool"]["driver"]
    monkeypatch.setenv("TRACE_BASE_URL", "https://trace.example.com/")
    _, out, _ = _run(str(project), "--engines", "secrets", "--format", "sarif")
    driver = json.loads(out)["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://trace.example.com/"


def test_usage_and_target_errors(tmp_path: Path) -> None:
    code, _, err = _run(str(tmp_path), "--engines", "secrets,dast")
    assert code == exit_codes.USAGE
    assert "unknown engine 'dast'" in err
    code, _, err = _run(str(tmp_path / "missing"))
    assert code == exit_codes.TARGET_ERROR
    assert "does not exist" in err
    code, _, _ = _run(str(tmp_path), "--format", "xml")
    assert code == exit_codes.USAGE
    code, _, err = _run(str(tmp_path), "--jobs", "0")
    assert code == exit_codes.USAGE
    assert "--jobs must be a positive number" in err
    code, _, err = _run(str(tmp_path), "--timeout", "0")
    assert code == exit_codes.USAGE
    assert "--timeout must be a positive number" in err
    code, _, err = _run(str(tmp_path), "-o", str(tmp_path / "no" / "dir" / "x.json"))
    assert code == exit_codes.USAGE
    assert "directory does not exist" in err


def test_missing_osv_index_is_a_config_error_not_a_crash(project: Path, tmp_path: Path) -> None:
    code, out, err = _run(
        str(project), "--engines", "sca,secrets", "--osv-db", str(tmp_path / "no-index")
    )
    assert code == exit_codes.CONFIG_ERROR
    assert "trace vulndb" in err
    assert "github-pat" in out  # the other engines still report
    assert "Traceback" not in err


def test_history_flag(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    write(repo, "old.env", f"TOKEN={TOKEN}\n")
    commit_all(repo, "add")
    (repo / "old.env").unlink()
    commit_all(repo, "remove")
    assert _run(str(repo), "--engines", "secrets")[0] == exit_codes.OK
    code, out, _ = _run(str(repo), "--engines", "secrets", "--history", "--format", "json")
    assert code == exit_codes.FINDINGS
    [finding] = json.loads(out)["findings"]
    assert finding["extra"]["history_only"] is True


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_only_on_a_terminal(project: Path) -> None:
    out, err = io.StringIO(), _Terminal()
    code = main(["scan", str(project), "--engines", "secrets", "--format", "json"], out, err)
    assert code == exit_codes.FINDINGS
    assert "secrets 2/2 files: done" in err.getvalue()
    assert json.loads(out.getvalue())["summary"]["findings"] == 1


def test_output_into_a_fifo_writes_through_and_keeps_the_node(
    project: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    # The read end is open first, as with `cat pipe &` or a `>(...)` substitution; non-blocking
    # so that the test neither hangs when nothing writes nor needs a thread.
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        code, out, err = _run(
            str(project), "--engines", "secrets", "--format", "json", "-o", str(fifo)
        )
        received = b""
        while chunk := os.read(reader, 65536):
            received += chunk
    finally:
        os.close(reader)
    assert code == exit_codes.FINDINGS, err
    assert out == ""
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still the pipe, not a regular file
    assert json.loads(received)["findings"][0]["rule_id"] == "github-pat"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".trace-")] == []


def test_output_through_a_symlink_replaces_the_file_and_keeps_the_link(
    project: Path, tmp_path: Path
) -> None:
    real = tmp_path / "real.json"
    real.write_text("old\n")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    code, _, _ = _run(str(project), "--engines", "secrets", "--format", "json", "-o", str(link))
    assert code == exit_codes.FINDINGS
    assert link.is_symlink()
    assert json.loads(real.read_text())["findings"][0]["rule_id"] == "github-pat"


def test_cache_dir_is_used_and_no_cache_writes_nothing(project: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _run(str(project), "--engines", "secrets", "--cache-dir", str(cache), "-j", "1")
    assert any(p.is_file() for p in (cache / "v1").rglob("*"))
    assert _run(str(project), "--engines", "secrets", "--cache-dir", str(cache))[:2] == first[:2]
    other = tmp_path / "unused"
    _run(str(project), "--engines", "secrets", "--cache-dir", str(other), "--no-cache")
    assert not other.exists()


def test_history_scan_resumes_after_the_last_scanned_commit(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    old = fake("ghp_", 36, seed="old-history")
    write(repo, "a.py", f'T = "{old}"\n')
    commit_all(repo, "add")
    write(repo, "a.py", "T = None\n")
    first_head = commit_all(repo, "remove")
    args = (str(repo), "--engines", "secrets", "--history", "--format", "json")
    _code, out, _ = _run(*args)
    assert [f["rule_id"] for f in json.loads(out)["findings"]] == ["github-pat"]
    state = json.loads((tmp_path / "data" / "history-state.json").read_text())
    assert state == {str(repo.resolve()): first_head}
    new = fake("ghp_", 36, seed="new-history")
    write(repo, "b.py", f'T = "{new}"\n')
    commit_all(repo, "add b")
    write(repo, "b.py", "T = None\n")
    commit_all(repo, "remove b")
    _code, out, _ = _run(*args)
    findings = json.loads(out)["findings"]
    # only the newer commits were read: the old value is not reported again
    assert [f["extra"]["masked_preview"] for f in findings] == [f"{new[:4]}\u2026{new[-4:]}"]
    _code, out, _ = _run(*args, "--no-cache")
    assert len(json.loads(out)["findings"]) == 2


def test_base_reports_only_findings_new_since_the_base(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    write(repo, "old.py", f'T = "{TOKEN}"\n')
    base = commit_all(repo, "base")
    newer = fake("ghp_", 36, seed="cli-base")
    write(repo, "new.py", f'T = "{newer}"\n')
    commit_all(repo, "new")
    code, out, _ = _run(str(repo), "--engines", "secrets", "--format", "json", "--base", base)
    assert code == exit_codes.FINDINGS
    assert [f["location"]["path"] for f in json.loads(out)["findings"]] == ["new.py"]
    code, _, err = _run(str(repo), "--engines", "secrets", "--base=--output=x")
    assert code == exit_codes.TARGET_ERROR
    assert "not a commit" in err
