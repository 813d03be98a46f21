"""The test tree's own rules: it mirrors src/, and shared code lives in tests/support/.

A test module or conftest imported by another test is a hidden dependency (its fixtures and
module-level state come along), so helpers live in ``tests/support/`` or next to the tests that
use them, never in a ``test_*.py`` or ``conftest.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SRC = TESTS.parent / "src"
# test folders that are not a package under src/tracesec or src/trace_emulator
NOT_MIRRORED = {"support", "emulator", "e2e"}


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_test_module_or_conftest_is_imported_by_another_test() -> None:
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        for module in _imported_modules(path):
            leaf = module.rsplit(".", 1)[-1]
            if module.startswith("tests.") and (leaf.startswith("test_") or leaf == "conftest"):
                offenders.append(f"{path.relative_to(TESTS)} imports {module}")
    assert offenders == []


def test_every_test_folder_mirrors_a_package_under_src() -> None:
    apps = {p.name for p in (SRC / "tracesec").iterdir() if (p / "__init__.py").exists()}
    # folders holding Python files (a moved-away folder may linger with only __pycache__)
    folders = {p.name for p in TESTS.iterdir() if p.is_dir() and any(p.glob("*.py"))}
    folders -= NOT_MIRRORED
    assert folders - apps == set()
