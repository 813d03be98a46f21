"""The target list semgrep-core reads: each file with the analyzers that parse it.

semgrep's CLI plans this before it starts semgrep-core; Trace starts semgrep-core itself
(command.py says why), so the plan is made here as the CLI made it, from semgrep's own language
table (``lang.json`` in the installed semgrep): a file is read by each language of the run's
rules whose extensions it has, and by ``regex``/``generic`` when the run has rules of those,
whatever its name. semgrep-core then applies each rule's ``paths`` itself, against the file's
project path (``/`` + its path), so a template rule limited to ``*.html`` still reads only
templates. A file no analyzer reads is left out, as the CLI's ``--skip-unknown-extensions``
did. Like the CLI, a rule naming JavaScript reads TypeScript too (``typescript_too``); unlike
it, `.mts`, `.cts` and `.pyw` files are read as TypeScript and Python (``_MORE_EXTENSIONS``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracesec.engines.sast.command import language_table_path

# analyzers that read any file; which files is each rule's `paths`
_ANY_FILE = frozenset({"regex", "generic"})
# Extensions semgrep's table lacks for languages it parses: TypeScript's ES-module and
# CommonJS files, Python's windowed scripts. The packs cover them (command.SUFFIX_PACKS); the
# CLI read them with the regex rules only, so their code went unanalysed without a word.
_MORE_EXTENSIONS = {"ts": (".mts", ".cts"), "python": (".pyw",)}


@dataclass(frozen=True)
class _Language:
    id: str
    extensions: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def _languages() -> tuple[dict[str, _Language], dict[str, str]]:
    """semgrep's languages by id, and each name a rule may use (``javascript``, ``py``) -> id."""
    table = json.loads(language_table_path().read_text(encoding="utf-8"))
    by_id: dict[str, _Language] = {}
    names: dict[str, str] = {}
    for entry in table:
        language = _Language(
            id=str(entry["id"]),
            extensions=(
                *(str(e) for e in entry.get("exts") or ()),
                *_MORE_EXTENSIONS.get(str(entry["id"]), ()),
            ),
        )
        by_id[language.id] = language
        for name in entry.get("keys") or ():
            names[str(name).lower()] = language.id
    return by_id, names


def typescript_too(rules: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The rules with ``typescript`` among the languages of each that names JavaScript.

    semgrep's CLI does this to every rule before semgrep-core reads it (TypeScript is
    JavaScript with types); semgrep-core alone would read a ``[javascript]`` rule's TypeScript
    targets with none of its rules."""
    out: list[dict[str, Any]] = []
    _, names = _languages()
    for rule in rules:
        languages = [str(name) for name in rule.get("languages") or ()]
        ids = {names.get(name.lower()) for name in languages}
        if "js" in ids and "ts" not in ids:
            rule = {**rule, "languages": [*languages, "typescript"]}
        out.append(dict(rule))
    return out


def analyzers_of(rules: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The analyzers the rules name, by semgrep's ids (``javascript`` is ``js``)."""
    _, names = _languages()
    found: set[str] = set()
    for rule in rules:
        for name in rule.get("languages") or ():
            analyzer = names.get(str(name).lower())
            if analyzer is not None:
                found.add(analyzer)
    return frozenset(found)


def analyzers_for(path: str, analyzers: frozenset[str]) -> list[str]:
    """The analyzers among ``analyzers`` that read ``path``, sorted."""
    by_id, _ = _languages()
    name = path.lower()
    out: list[str] = []
    for analyzer in sorted(analyzers):
        if analyzer in _ANY_FILE:
            out.append(analyzer)
            continue
        language = by_id.get(analyzer)
        if language is not None and any(e and name.endswith(e) for e in language.extensions):
            out.append(analyzer)
    return out


def write_targets(
    paths: Sequence[str], rules: Iterable[Mapping[str, Any]], directory: Path, name: str = "run"
) -> Path:
    """The target list for ``paths`` (relative to semgrep-core's working directory) and the
    run's rules, as ``<name>-targets.json`` in ``directory``."""
    analyzers = analyzers_of(rules)
    entries: list[list[Any]] = []
    for path in paths:
        found = analyzers_for(path, analyzers)
        project_path = "/" + path.removeprefix("./")
        for analyzer in found:
            target = {
                "path": {"fpath": path, "ppath": project_path},
                "analyzer": analyzer,
                "products": ["sast"],
            }
            entries.append(["CodeTarget", target])
    targets = directory / f"{name}-targets.json"
    targets.write_text(json.dumps(["Targets", entries], ensure_ascii=False), encoding="utf-8")
    return targets


def write_run(
    rules: Iterable[Mapping[str, Any]], paths: Sequence[str], directory: Path, name: str
) -> tuple[Path, Path]:
    """What semgrep-core reads for one run, in ``directory``: the rules as the CLI handed them
    over (``typescript_too``), ``<name>-rules.json``, and the target list for ``paths``."""
    given = typescript_too(rules)
    rules_path = directory / f"{name}-rules.json"
    rules_path.write_text(json.dumps({"rules": given}, ensure_ascii=False), encoding="utf-8")
    return rules_path, write_targets(paths, given, directory, name)
