"""Direct vs transitive and dev vs runtime where the lockfile needs its project manifest
(yarn.lock + package.json, poetry.lock + pyproject.toml) or records the project itself (uv.lock)."""

from __future__ import annotations

import json

from tracesec.engines.sca.extractors import poetry_lock, uv_lock, yarn_lock

YARN_V1 = """\
# yarn lockfile v1


lodash@^4.17.15:
  version "4.17.15"
  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.15.tgz"

jest@^29.0.0:
  version "29.0.0"

minimist@^1.2.5:
  version "1.2.5"
"""

POETRY_LOCK = """\
[[package]]
name = "Django"
version = "3.2.4"
groups = ["main"]

[[package]]
name = "sqlparse"
version = "0.4.1"
groups = ["main"]

[[package]]
name = "pytest"
version = "8.0.0"
groups = ["dev"]

[metadata]
lock-version = "2.1"
"""

PYPROJECT = """\
[tool.poetry.dependencies]
python = "^3.11"
django = "3.2.4"

[tool.poetry.group.dev.dependencies]
pytest = "^8"
"""

UV_LOCK = """\
version = 1

[[package]]
name = "app"
version = "0.1.0"
source = { editable = "." }
dependencies = [{ name = "requests" }]

[package.dev-dependencies]
dev = [{ name = "pytest" }]

[[package]]
name = "requests"
version = "2.25.1"
source = { registry = "https://pypi.org/simple" }
dependencies = [{ name = "urllib3" }]

[[package]]
name = "urllib3"
version = "1.26.4"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "pytest"
version = "8.0.0"
source = { registry = "https://pypi.org/simple" }
"""


def _lookup(files: dict[str, str]):
    return lambda path: files[path].encode() if path in files else None


def _flags(packages):
    return {p.name: (p.direct, p.dev) for p in packages}


def test_yarn_lock_direct_and_dev_from_package_json() -> None:
    manifest = json.dumps(
        {"dependencies": {"lodash": "^4.17.15"}, "devDependencies": {"jest": "^29.0.0"}}
    )
    found = yarn_lock.extract(
        "web/yarn.lock", YARN_V1.encode(), _lookup({"web/package.json": manifest})
    )
    assert _flags(found) == {
        "lodash": (True, False),
        "jest": (True, True),
        "minimist": (False, None),
    }
    # without package.json nothing is guessed
    alone = yarn_lock.extract("web/yarn.lock", YARN_V1.encode(), _lookup({}))
    assert {flags for flags in _flags(alone).values()} == {(None, None)}
    # a broken package.json is ignored, never fatal
    broken = yarn_lock.extract("yarn.lock", YARN_V1.encode(), _lookup({"package.json": "{"}))
    assert {flags for flags in _flags(broken).values()} == {(None, None)}


def test_poetry_lock_direct_from_pyproject() -> None:
    found = poetry_lock.extract(
        "poetry.lock", POETRY_LOCK.encode(), _lookup({"pyproject.toml": PYPROJECT})
    )
    assert _flags(found) == {
        "Django": (True, False),
        "sqlparse": (False, False),
        "pytest": (True, True),
    }


def test_uv_lock_direct_from_the_project_entry() -> None:
    found = uv_lock.extract("uv.lock", UV_LOCK.encode())
    assert _flags(found) == {
        "requests": (True, False),
        "urllib3": (False, None),
        "pytest": (True, True),
    }
