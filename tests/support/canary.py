"""Catching a secret wherever it might leak, for the provider token-canary tests.

`all_logs` keeps every log record (with args, extras and exception text); `LeakEvidence` runs
clones through a git wrapper (argv and GIT_TRACE kept), samples /proc while the flow runs, and
keeps each checkout's files and each refused call's exception text; `assert_nowhere` then looks
for every form of the secret in all of it, in the files under given roots and in every table.
"""

from __future__ import annotations

import base64
import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.apps import apps

from tests.support.proc import ProcSampler
from tracesec.integrations.base import Credential
from tracesec.scans.checkout import CheckoutError, checkout


class EverythingHandler(logging.Handler):
    """Keeps each record's formatted message, args, extras and exception text."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        parts = [record.getMessage(), repr(record.args), repr(record.__dict__)]
        if record.exc_info:
            parts.append(logging.Formatter().formatException(record.exc_info))
        self.texts.append("\n".join(parts))


@pytest.fixture
def all_logs() -> Iterator[EverythingHandler]:
    handler = EverythingHandler()
    names = ["", "tracesec", "django", "httpx", "httpcore", "trace_emulator", "urllib3"]
    saved = {}
    for name in names:
        logger = logging.getLogger(name)
        saved[name] = (logger.level, logger.disabled)
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
    yield handler
    for name in names:
        logger = logging.getLogger(name)
        logger.removeHandler(handler)
        logger.setLevel(saved[name][0])
        logger.disabled = saved[name][1]


def git_wrapper(tmp_path: Path) -> tuple[str, Path]:
    logs = tmp_path / "gitlogs"
    logs.mkdir()
    wrapper = tmp_path / "git-wrapper"
    wrapper.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$0 $*" >> {logs}/argv\n'
        f'GIT_TRACE={logs}/trace exec /usr/bin/git "$@"\n'
    )
    wrapper.chmod(0o700)
    return str(wrapper), logs


def token_forms(token: str, username: str) -> list[bytes]:
    """A token as it could leak: in clear, as git's Basic auth `username:token`, base64 alone."""
    return [
        token.encode(),
        base64.b64encode(f"{username}:{token}".encode()),
        base64.b64encode(token.encode()),
    ]


@dataclass
class LeakEvidence:
    """What a flow leaves behind, collected while it runs (use it as a ``with`` block: /proc is
    sampled meanwhile)."""

    logs: EverythingHandler
    tmp_path: Path
    work_root: Path = field(init=False)
    git_binary: str = field(init=False)
    git_logs: Path = field(init=False)
    sampler: ProcSampler = field(default_factory=ProcSampler)
    exception_texts: list[str] = field(default_factory=list)
    checkout_files: list[tuple[str, bytes]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.work_root = self.tmp_path / "work"
        self.work_root.mkdir()
        self.git_binary, self.git_logs = git_wrapper(self.tmp_path)

    def __enter__(self) -> LeakEvidence:
        self.sampler.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.sampler.__exit__(None, None, None)

    def _checkout(self, credential: Credential, full_name: str) -> AbstractContextManager[Path]:
        return checkout(
            git_base_url=credential.git_base_url,
            full_name=full_name,
            token=credential.token,
            username=credential.username,
            git_binary=self.git_binary,
            work_root=self.work_root,
        )

    def clone(self, credential: Credential, full_name: str) -> None:
        """Clone through the git wrapper; keep `.git/config` and every file of the checkout."""
        with self._checkout(credential, full_name) as tree:
            self.checkout_files.append((".git/config", (tree / ".git" / "config").read_bytes()))
            self.checkout_files += [
                (f"the checkout's {p.name}", p.read_bytes()) for p in tree.rglob("*") if p.is_file()
            ]

    def clone_refused(self, credential: Credential, full_name: str) -> None:
        """A clone the host refuses; its error's text is kept."""
        with pytest.raises(CheckoutError) as refused, self._checkout(credential, full_name):
            pass
        self.refused(refused.value)

    def refused(self, error: BaseException) -> None:
        self.exception_texts.append(repr(error) + str(error))


def assert_nowhere(
    needles: Iterable[bytes],
    evidence: LeakEvidence,
    *,
    file_roots: Iterable[Path],
    skip_dir: str = "",
    what: str = "a secret",
) -> None:
    """No needle in any log record, exception text, checkout file, git argv or trace, sampled
    /proc cmdline, file under `file_roots` (but under a `skip_dir` folder) or database row; and
    each capture must have seen the flow, or its silence would prove nothing."""
    needles = list(needles)

    def absent(blob: bytes | str, where: str) -> None:
        data = blob.encode() if isinstance(blob, str) else blob
        for needle in needles:
            assert needle not in data, f"{what} was found in {where}"

    assert len(evidence.logs.texts) > 10  # the capture really saw the flow
    for text in evidence.logs.texts:
        absent(text, "a log record")
    for text in evidence.exception_texts:
        absent(text, "an exception text")
    assert evidence.checkout_files, "nothing was cloned"
    for where, data in evidence.checkout_files:
        absent(data, where)
    absent((evidence.git_logs / "argv").read_bytes(), "git argv")
    trace = (evidence.git_logs / "trace").read_bytes()
    assert b"remote-http" in trace  # git really ran its HTTP helper
    absent(trace, "argv of git's child processes (GIT_TRACE)")
    assert evidence.sampler.saw_git(), "the /proc sampler never saw git run: it proves nothing"
    for cmdline in evidence.sampler.cmdlines:
        absent(cmdline, "/proc/*/cmdline")
    assert list(evidence.work_root.iterdir()) == []
    for root in file_roots:
        for base, _dirs, files in os.walk(root):
            for name in files:
                path = Path(base, name)
                if skip_dir and skip_dir in path.parts:
                    continue
                if path.is_file() and not path.is_symlink():
                    absent(path.read_bytes(), f"file {path}")
    for model in apps.get_models():
        for row in model.objects.all().values():
            for value in row.values():
                if isinstance(value, bytes | memoryview):
                    absent(bytes(value), f"table {model._meta.db_table}")
                else:
                    absent(str(value), f"table {model._meta.db_table}")
