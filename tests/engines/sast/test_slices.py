"""Python slices carry taint: the in-place rewrite, and the runner over real semgrep."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracesec.engines.model import DATAFLOW, ScanConfig, TargetFile
from tracesec.engines.sast import start
from tracesec.engines.sast.slices import rewrite


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (b"a = s[4:-17]\n", b"a = s[4,-17]\n"),
        (b"a = s[7:]\n", b"a = s[7,]\n"),
        (b"a = s[:n]\n", b"a = s[ n]\n"),
        (b"a = s[:]\n", b"a = s[0]\n"),
        (b"a = s[::2]\n", b"a = s[  2]\n"),
        (b"a = s[1::2]\n", b"a = s[1, 2]\n"),
        (b"a = m[:, 0]\n", b"a = m[0, 0]\n"),
        (b"a = f(x)[1:]\nb = 'ab'[1:]\n", b"a = f(x)[1,]\nb = 'ab'[1,]\n"),
        (b"a = s[x[1:2]:]\n", b"a = s[x[1,2],]\n"),
        ("a = 'é'; b = s[2:]\n".encode(), "a = 'é'; b = s[2,]\n".encode()),
    ],
)
def test_slices_become_subscripts_in_place(before: bytes, after: bytes) -> None:
    assert rewrite(before) == after
    assert len(after) == len(before)


@pytest.mark.parametrize(
    "source",
    [
        b"d = {1: 2}\nx: int = 3\nl = [lambda: 1]\nif (n := 3):\n    pass\n",
        b"def f(x: list[int]) -> dict[str, int]:\n    return {}\n",
        b"x = [1:\n",  # does not tokenize: left alone
        b"s = 'a[1:2]'  # [3:4]\n",  # in a string and a comment
    ],
)
def test_code_without_slices_is_not_rewritten(source: bytes) -> None:
    assert rewrite(source) is None


APP = """\
from flask import request


def profile(cur):
    token = request.headers["Authorization"][7:]
    cur.execute("SELECT * FROM sessions WHERE token = '" + token + "'")


def safe(cur):
    token = request.headers["Authorization"][7:]
    cur.execute("SELECT * FROM sessions WHERE token = %s", (token,))
"""


def test_taint_flows_through_a_slice_and_the_finding_points_into_the_real_file(
    tmp_path: Path,
) -> None:
    (tmp_path / "app.py").write_text(APP, encoding="utf-8")
    target = TargetFile(path="app.py", abspath=tmp_path / "app.py", size=len(APP))
    outcome = start(tmp_path, [target], ScanConfig(sast_timeout_seconds=300)).wait()
    assert outcome.status.ok, outcome.status.error
    [finding] = [f for f in outcome.findings if "sql-injection" in f.rule_id]
    assert finding.location.start_line == 6
    assert (
        finding.snippet
        == '    cur.execute("SELECT * FROM sessions WHERE token = \'" + token + "\'")'
    )
    # the taint trace's source step is cut from the real file too
    assert "[7:]" in str(finding.extra[DATAFLOW])
