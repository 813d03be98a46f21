"""The last commit whose history `trace scan --history` scanned, per repository, in the data
directory: the next run reads only the commits after it."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from tracesec.cli.paths import data_dir


def state_file() -> Path:
    return data_dir() / "history-state.json"


def _load(path: Path) -> dict[str, str]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged: scan the whole history again
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def last_scanned(root: Path) -> str | None:
    return _load(state_file()).get(str(root.resolve()))


def remember(root: Path, commit: str) -> None:
    path = state_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    state = _load(path)
    state[str(root.resolve())] = commit
    fd, tmp = tempfile.mkstemp(prefix=".history-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(state, handle, indent=1, sort_keys=True)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
