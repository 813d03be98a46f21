"""Files-done counts reported by each engine through ``ScanConfig.files_progress``: from zero to
the engine's own total, never backwards; SAST counts cached files as done before semgrep runs."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.support.git_trees import write
from tracesec.engines.model import Engine, ScanConfig
from tracesec.engines.progress import FileCounter, counted
from tracesec.engines.scan import scan


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, int, int]] = []
        self._lock = threading.Lock()

    def __call__(self, engine: Engine, done: int, total: int) -> None:
        with self._lock:
            self.calls.append((engine.value, done, total))

    def of(self, engine: str) -> list[tuple[int, int]]:
        return [(done, total) for name, done, total in self.calls if name == engine]


def _tree(root: Path) -> Path:
    write(root, "a.py", "import os\nos.system(input())\n")
    write(root, "b.js", "document.body.innerHTML = location.hash;\n")
    write(root, "notes.txt", "nothing\n")
    write(root, "requirements.txt", "requests==2.25.1\n")
    return root


def test_each_engine_counts_up_to_its_own_total(tmp_path: Path) -> None:
    recorder = Recorder()
    config = ScanConfig(engines=(Engine.SECRETS, Engine.SCA), files_progress=recorder)
    scan(_tree(tmp_path / "tree"), config)
    for engine, total in (("secrets", 4), ("sca", 1)):
        calls = recorder.of(engine)
        assert calls[0] == (0, total), engine
        assert calls[-1] == (total, total), engine
        done = [d for d, _ in calls]
        assert done == sorted(done), engine


def test_sast_counts_cached_files_at_once_then_each_semgrep_batch(tmp_path: Path) -> None:
    tree = _tree(tmp_path / "tree")
    cache = tmp_path / "cache"
    scan(tree, ScanConfig(engines=(Engine.SAST,), cache_dir=cache))
    write(tree, "c.py", "print('new')\n")  # the one file semgrep has to run on
    recorder = Recorder()
    scan(tree, ScanConfig(engines=(Engine.SAST,), cache_dir=cache, files_progress=recorder))
    assert recorder.of("sast") == [(0, 3), (2, 3), (3, 3)]


def test_counting_without_a_display_costs_nothing_and_continue_counts() -> None:
    assert list(counted(range(3), FileCounter(ScanConfig(), Engine.SECRETS, 3))) == [0, 1, 2]
    recorder = Recorder()
    counter = FileCounter(ScanConfig(files_progress=recorder), Engine.SECRETS, 3)
    for item in counted(range(3), counter):
        if item == 1:
            continue
    assert recorder.calls[0] == ("secrets", 0, 3)
    assert recorder.calls[-1] == ("secrets", 3, 3)
