"""Catching a token wherever it might leak: every log record (with args, extras and exception
text), and every git invocation (argv and GIT_TRACE) through a wrapper script."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest


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
