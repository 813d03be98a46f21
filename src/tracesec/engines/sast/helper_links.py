"""Helpers of other files that a file calls, read from the files' text before semgrep runs
(for helper_sinks.py, which follows taint through them).

Layered code reads request data in one file and builds the query in another: a route hands
``threshold`` to a DAO's method, a view hands a form field to a model's ``create``. A link is a
call in file A to a helper defined in file B, when:

- A and B are of the same rule language, and A does not define the name itself (that is a
  same-file helper);
- A names B: B's module name (its file's stem, or its directory's for ``index``/``__init__``)
  is a word of A (an import, a ``require``, a Java type), or, in Go, B is in A's package
  (the same directory) or in a package A imports;
- the helper has a parameter that may carry taint (``helpers_of``) and its own text holds a
  word one of the rule's sinks needs, and A holds a word one of the rule's sources needs;
- at most ``_MAX_HOMES`` linked files define the name (a name defined everywhere, like
  ``get``, says nothing about which one is called).

The words are a prefilter only: semgrep decides the flows, and a call is joined to a helper's
parameter by name, position and (Java, Go) argument count.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from typing import Any

from tracesec.engines.sast.helper_candidates import (
    Helper,
    Parameter,
    Words,
    hand_written,
    helpers_of,
    rules_by_language,
    words_of,
)
from tracesec.engines.sast.same_file import Language, language_of

_MAX_HOMES = 3
# Above this many (rule, calling file) pairs, the call rules do not join the scan's run: they
# would re-run each linked taint rule over every caller (BenchmarkJava: 2,381 pairs, every
# servlet calling the same printing helpers, x1.26 for no finding). The run's parameter rules
# say first which helpers' parameters reach a sink; a second run covers only their callers.
# Below it, one run is cheaper than a second semgrep start (about 1.5 s).
CALLERS_IN_ONE_RUN = 200
# a module named by its directory: require("./routes") loads routes/index.js
_PACKAGE_FILES = frozenset({"index", "__init__", "mod"})
_LINK_WORD = re.compile(r"[A-Za-z_$][\w$-]*")
_GO_IMPORT = re.compile(r"\"([^\"\n]+)\"")
# a call, with the word it is made on: `Student.create(`, `dao.get(`, `this.dao.get(` (dao)
# (the look-behind keeps matches from starting inside a name: x3.5 faster, the same matches)
_QUALIFIED_CALL = re.compile(r"(?<![\w$])(?:([A-Za-z_$][\w$]*)\s*\.\s*)?([A-Za-z_$][\w$]*)\s*\(")


@dataclass(frozen=True)
class Links:
    """Which helpers of which files other files call, per taint rule."""

    helpers: dict[str, dict[str, set[str]]]  # rule -> defining file -> helper names
    calls: dict[str, dict[str, set[Parameter]]]  # rule -> calling file -> parameters called
    texts: dict[str, str]  # every file above, as read

    def __bool__(self) -> bool:
        return bool(self.calls)

    def callers(self) -> int:
        """How many (rule, calling file) pairs a call rule would cover."""
        return sum(len(callers) for callers in self.calls.values())

    def components(self) -> list[Links]:
        """The links split into groups no call joins: each group's findings depend on its
        own files only, so a change judges its group again, not every linked file."""
        parent: dict[str, str] = {}

        def root(path: str) -> str:
            while parent.setdefault(path, path) != path:
                parent[path] = parent[parent[path]]
                path = parent[path]
            return path

        for callers in self.calls.values():
            for caller, parameters in callers.items():
                for parameter in parameters:
                    parent[root(caller)] = root(parameter.home)
        groups: dict[str, Links] = {}
        for rule_id, callers in self.calls.items():
            for caller, parameters in callers.items():
                group = groups.setdefault(root(caller), Links({}, {}, {}))
                group.calls.setdefault(rule_id, {})[caller] = parameters
        for rule_id, homes in self.helpers.items():
            for home, names in homes.items():
                groups[root(home)].helpers.setdefault(rule_id, {})[home] = names
        for group in groups.values():
            files = {path for callers in group.calls.values() for path in callers}
            group.texts.update((p, self.texts[p]) for p in sorted(files | group.homes()))
        return [groups[key] for key in sorted(groups)]

    @staticmethod
    def union(parts: Iterable[Links]) -> Links:
        """Links of groups with no file in common, as one."""
        out = Links({}, {}, {})
        for part in parts:
            for rule_id, homes in part.helpers.items():
                out.helpers.setdefault(rule_id, {}).update(homes)
            for rule_id, callers in part.calls.items():
                out.calls.setdefault(rule_id, {}).update(callers)
            out.texts.update(part.texts)
        return out

    def homes(self) -> set[str]:
        """The files defining a helper some call reaches."""
        return {p.home for callers in self.calls.values() for ps in callers.values() for p in ps}

    def reaching(self, reached: Set[tuple[str, str, str, str]]) -> Links:
        """Only the calls of parameters in ``reached`` ((home, rule, helper, parameter):
        those the scan's run found reaching a sink), and the files they name."""
        calls: dict[str, dict[str, set[Parameter]]] = {}
        for rule_id, callers in self.calls.items():
            for path, parameters in callers.items():
                found = {p for p in parameters if (p.home, rule_id, p.helper, p.name) in reached}
                if found:
                    calls.setdefault(rule_id, {})[path] = found
        kept = Links({}, calls, {})
        named = {path for callers in calls.values() for path in callers} | kept.homes()
        kept.texts.update((path, self.texts[path]) for path in sorted(named))
        return kept


class _File:
    """One target's text, and what the links read of it (most of it only when needed)."""

    def __init__(self, path: str, language: Language, text: str) -> None:
        self.path = path
        self.language = language
        self.text = text
        # (receiver or "", name) of each call
        self.calls = {(r or "", n) for r, n in _QUALIFIED_CALL.findall(text)}
        self.defined = set(language.helpers_declared(text))
        self.helpers: dict[str, Helper] = {}  # filled for files defining a wanted name
        # the name calls use for the file (_module_name), normalised (_normal)
        self.module = _normal(_module_name(path, language))

    @functools.cached_property
    def words(self) -> set[str]:
        return words_of(self.text)

    @functools.cached_property
    def classes(self) -> set[str]:
        """The classes it declares, normalised (_normal)."""
        return {_normal(c) for c in self.language.class_name.findall(self.text)}

    @functools.cached_property
    def strings(self) -> set[str]:
        """Its string literals (Go: the import paths among them)."""
        return set(_GO_IMPORT.findall(self.text))

    @functools.cached_property
    def named(self) -> set[str]:
        """Its words, normalised: which modules it names."""
        return {_normal(w) for w in _LINK_WORD.findall(self.text)}


def find_links(
    targets: Sequence[str],
    by_id: Mapping[str, Mapping[str, Any]],
    read_text: Callable[[str], str | None],
) -> Links:
    """The links among ``targets`` (paths as semgrep prints them); ``read_text(path)`` returns
    a target's text, ``None`` when unreadable."""
    memo: dict[str, list[tuple[str, Words]]] = {}
    files: list[_File] = []
    for path in targets:
        language = language_of(path)
        if language is None or not rules_by_language(by_id, language, memo):
            continue
        text = read_text(path)
        if not text or not hand_written(text):
            continue
        files.append(_File(path, language, text))
    # names some file calls without defining them: only files defining one are read for
    # helpers (a servlet per file that calls shared helpers reads few)
    wanted = {
        (_family(f.language), name) for f in files for _, name in f.calls if name not in f.defined
    }
    # per rule language: helper name -> the files defining it
    homes: dict[tuple[str, str], list[_File]] = {}
    for file in files:
        if not any((_family(file.language), name) in wanted for name in file.defined):
            continue
        file.helpers.update(helpers_of(file.text, file.language, called_here=False))
        for name in file.helpers:
            homes.setdefault((_family(file.language), name), []).append(file)
    links = Links({}, {}, {})
    for caller in files:
        family = _family(caller.language)
        for receiver, name in sorted(caller.calls):
            if name in caller.defined:
                continue  # a helper of the caller's own file
            defining = [
                home
                for home in homes.get((family, name), ())
                if home.path != caller.path and _reaches(receiver, caller, home)
            ]
            if not defining or len(defining) > _MAX_HOMES:
                continue
            for rule_id, words in rules_by_language(by_id, caller.language, memo):
                # a sink that needs no word of its own (`{$where: $W}`) is looked for by its
                # context's words in the helper, else by any word its patterns name
                needed = words.sinks if words.sinks is not None else words.sink_context
                if needed is None:
                    needed = words.sink_mentions
                if words.sources is not None and not words.sources & caller.words:
                    continue
                for home in defining:
                    helper = home.helpers[name]
                    if not needed & helper.words:
                        continue
                    links.helpers.setdefault(rule_id, {}).setdefault(home.path, set()).add(name)
                    links.calls.setdefault(rule_id, {}).setdefault(caller.path, set()).update(
                        dataclasses.replace(p, home=home.path, receiver=receiver)
                        for p in helper.parameters
                    )
                    links.texts[home.path] = home.text
                    links.texts[caller.path] = caller.text
    return links


def _family(language: Language) -> str:
    # JavaScript and TypeScript share their rules and call each other's modules
    return "javascript" if language.name == "typescript" else language.name


def _module_name(path: str, language: Language) -> str:
    """The name code calls the file's helpers on: its module (Python, JavaScript) or class
    (Java) by its file's name, a Go package by its directory's."""
    stem = os.path.splitext(os.path.basename(path))[0]
    if stem in _PACKAGE_FILES or language.name == "go":
        return os.path.basename(os.path.dirname(path))
    return stem


@functools.lru_cache(maxsize=65536)
def _normal(word: str) -> str:
    # `allocationsDAO`, `allocations-dao` and `AllocationsDAO` name the same module
    return re.sub(r"[-_$]", "", word).lower()


def _reaches(receiver: str, caller: _File, home: _File) -> bool:
    """Whether a call on ``receiver`` ("" for a bare call) in the caller may reach a helper
    of the home file: the receiver names a class the home declares or the home's module (an
    instance named after its class, ``userDao.find(...)``; a module or Go package,
    ``student.create(...)``); a bare call needs the caller to name the home's module."""
    if receiver:
        word = _normal(receiver)
        if word in home.classes or word + "impl" in home.classes:
            return True
        return word == home.module and _names(caller, home)
    return _names(caller, home)


def _names(caller: _File, home: _File) -> bool:
    """Whether the caller's text names the home's module (or package, in Go)."""
    if caller.language.name == "go":
        directory = os.path.dirname(home.path)
        if os.path.dirname(caller.path) == directory:
            return True
        package = os.path.basename(directory)
        return any(found.endswith("/" + package) or found == package for found in caller.strings)
    return home.module in caller.named
