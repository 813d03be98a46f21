"""Direct dependencies from the project manifest next to a lockfile that does not say itself.

``yarn.lock`` lists every resolved package without saying which ones the project asked for; its
``package.json`` does. ``poetry.lock`` likewise needs ``pyproject.toml``. ``roots`` maps each
directly required name to whether it is required for development only; ``mark`` then sets
``direct`` (and ``dev`` for the direct ones) on the lockfile's packages. A missing or unreadable
manifest changes nothing: direct stays unknown rather than guessed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from tracesec.engines.model import Package
from tracesec.engines.sca import names
from tracesec.engines.sca.extractors.base import Lookup, ParseError, load_json, load_toml

# PEP 508: the name is what comes before any extras, version, marker or URL
_PEP508_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def sibling(path: str, name: str) -> str:
    return f"{path.rsplit('/', 1)[0]}/{name}" if "/" in path else name


def add_roots(roots: dict[str, bool], names_: Iterable[str], dev: bool) -> None:
    for name in names_:
        # required at runtime anywhere wins over a dev-only mention
        roots[name] = roots.get(name, True) and dev


def _manifest(lookup: Lookup | None, path: str, loader: Callable[[bytes], Any]) -> Any:
    """The parsed manifest at ``path``, or None when it is absent or unreadable."""
    content = lookup(path) if lookup else None
    if content is None:
        return None
    try:
        return loader(content)
    except ParseError:
        return None


def npm_roots(lookup: Lookup | None, lockfile_path: str) -> dict[str, bool] | None:
    """package.json's dependencies (runtime) and devDependencies (dev)."""
    data = _manifest(lookup, sibling(lockfile_path, "package.json"), load_json)
    if not isinstance(data, dict):
        return None
    roots: dict[str, bool] = {}
    for field, dev in (
        ("dependencies", False),
        ("optionalDependencies", False),
        ("peerDependencies", False),
        ("devDependencies", True),
    ):
        section = data.get(field)
        if isinstance(section, dict):
            add_roots(roots, (str(k) for k in section), dev)
    return roots


def _pep508_names(items: Any) -> list[str]:
    found = []
    for item in items if isinstance(items, list) else ():
        match = _PEP508_NAME.match(item) if isinstance(item, str) else None
        if match:
            found.append(names.normalize("PyPI", match.group(1)))
    return found


def _table_names(table: Any) -> list[str]:
    if not isinstance(table, Mapping):
        return []
    return [names.normalize("PyPI", str(k)) for k in table if str(k).lower() != "python"]


def pyproject_roots(lookup: Lookup | None, lockfile_path: str) -> dict[str, bool] | None:
    """pyproject.toml: PEP 621 dependencies and optional dependencies (runtime), PEP 735
    dependency groups (dev), Poetry's main dependencies (runtime) and groups other than
    ``main`` / ``dev-dependencies`` (dev). Names are PEP 503-normalized."""
    data = _manifest(lookup, sibling(lockfile_path, "pyproject.toml"), load_toml)
    if not isinstance(data, dict):
        return None
    roots: dict[str, bool] = {}
    project = data.get("project")
    if isinstance(project, Mapping):
        add_roots(roots, _pep508_names(project.get("dependencies")), False)
        optional = project.get("optional-dependencies")
        if isinstance(optional, Mapping):
            for items in optional.values():
                add_roots(roots, _pep508_names(items), False)
    groups = data.get("dependency-groups")
    if isinstance(groups, Mapping):
        for items in groups.values():
            add_roots(roots, _pep508_names(items), True)
    tool = data.get("tool")
    poetry = tool.get("poetry") if isinstance(tool, Mapping) else None
    if isinstance(poetry, Mapping):
        add_roots(roots, _table_names(poetry.get("dependencies")), False)
        add_roots(roots, _table_names(poetry.get("dev-dependencies")), True)
        poetry_groups = poetry.get("group")
        if isinstance(poetry_groups, Mapping):
            for group, body in poetry_groups.items():
                if isinstance(body, Mapping):
                    add_roots(roots, _table_names(body.get("dependencies")), group != "main")
    return roots


def mark(packages: list[Package], roots: Mapping[str, bool] | None) -> list[Package]:
    """Packages with ``direct`` set from ``roots`` (keyed by normalized name); unchanged when
    the roots are unknown. A direct package's ``dev`` comes from the manifest too."""
    if roots is None:
        return packages
    marked = []
    for pkg in packages:
        key = names.normalize(pkg.ecosystem, pkg.name)
        if key in roots:
            marked.append(dataclasses.replace(pkg, direct=True, dev=roots[key]))
        else:
            marked.append(dataclasses.replace(pkg, direct=False))
    return marked
