"""Helpers of other files that a file calls, read from the files' text before semgrep runs
(for helper_sinks.py, which follows taint through them).

Layered code reads request data in one file and builds the query in another: a route hands
``threshold`` to a DAO's method, a view hands a form field to a model's ``create``. A link is a
call in file A to a helper defined in file B, when:

- A and B are of the same rule language, and the call cannot reach a definition of A's own
  (a same-file helper): it is not a bare call, or one on self/this or a class of A, of a name
  A defines;
- the call is made on a word that names B's class (or a class or interface B's class
  extends or implements), or B's module, in the word itself (``userDao.find(...)``,
  ``student.create(...)``) or in what A binds the word to: a declared type
  (``private UserRepository repo;``, ``repo: StudentRepository``), a construction
  (``repo = StudentRepository(conn)``, ``p := NewProfile()``) or an import alias
  (``const users = require("./user-store")``);
- a bare call: A names B's module (its file's stem, or its directory's for
  ``index``/``__init__``) in an import, a ``require`` or a Java type, or, in Go, B is in A's
  package (the same directory) or in a package A imports; in PHP, B defines the name outside
  a class (functions are global: A's includer may have loaded B);
- the helper has a parameter that may carry taint (``helpers_of``) and its own text holds a
  word one of the rule's sinks needs, and A holds a word one of the rule's sources needs;
  or, for a **file between** (a service between a controller and a repository), B's helper
  names a linked helper of a third file it calls, and B reads no request data: B's call rule
  then takes its helper's parameters as sources, as a same-file helper's are;
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

from tracesec.engines.sast.handed_calls import handed_functions
from tracesec.engines.sast.helper_candidates import (
    CHAIN_DEPTH,
    Helper,
    Parameter,
    Words,
    hand_written,
    helpers_of,
    rules_by_language,
    words_of,
)
from tracesec.engines.sast.same_file import PHP_KEYWORDS, Language, language_of

_MAX_HOMES = 3
# Above this many (rule, calling file) pairs, the call rules do not join the scan's run: they
# would re-run each linked taint rule over every caller (BenchmarkJava: 2,381 pairs, every
# servlet calling the same printing helpers, x1.26 for no finding). The run's parameter rules
# say first which helpers' parameters reach a sink; a second run covers only their callers.
# Below it, one run is cheaper than a second semgrep start (about 1.5 s).
CALLERS_IN_ONE_RUN = 200
# a module named by its directory: require("./routes") loads routes/index.js
_PACKAGE_FILES = frozenset({"index", "__init__", "mod"})
# a file's imports, at the start of a line (Go's `import ( ... )` whole)
_IMPORTS = re.compile(
    r"^(?:import\s*\([^)]*\)|(?:import|from|use|using|package|namespace)\b[^\n]*)", re.M
)
_LINK_WORD = re.compile(r"[A-Za-z_$][\w$-]*")
_JS_IMPORT_PATH = re.compile(
    r"(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|\bimport\s+)['\"]([^'\"\n]+)['\"]"
)
_GO_IMPORT = re.compile(r"\"([^\"\n]+)\"")
# a call, with the word it is made on: `Student.create(`, `dao.get(`, `this.dao.get(` (dao)
# (the look-behind keeps matches from starting inside a name: x3.5 faster, the same matches)
_QUALIFIED_CALL = re.compile(r"(?<![\w$])(?:([A-Za-z_$][\w$]*)\s*\.\s*)?([A-Za-z_$][\w$]*)\s*\(")
# a method called on the result of a call: `...).find(` (the method's name); the call may
# construct the value (constructed_receiver)
_CALLED_ON_A_CALL = re.compile(r"\)\s*\.\s*([A-Za-z_$][\w$]*)\s*\(")
_CONSTRUCTOR = re.compile(r"([A-Za-z_$][\w$]*)\s*$")
# `(new Type(...))`, from its opening parenthesis: group 1 is the type's last name
_WRAPPED_CONSTRUCTION = re.compile(r"\(\s*new\s+\\?(?:[\w$]+\s*[.\\]\s*)*([A-Za-z_$][\w$]*)\s*\(")
# `const execAsync = promisify(exec);`: a name for what a short expression on one line holds
_JS_ALIAS = re.compile(r"\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([^;\n=>{}]{1,120})")

# What a caller binds a receiver's name to, per rule language: a type (a declaration, a
# constructor call) or a module (an import alias). Group `name` is the receiver, `type` the
# type (its last dotted part counts), `module` an import path (_imported_module). A cheap
# reading: a name bound twice keeps both.
_NAME = r"(?P<name>[A-Za-z_$][\w$]*)"
_TYPE = r"(?:[A-Za-z_$][\w$]*\.)*(?P<type>[A-Za-z_$][\w$]*)"
_MODULE = r"['\"](?P<module>[^'\"\n]+)['\"]"
_CONSTRUCTED = rf"\b{_NAME}\s*=\s*new\s+{_TYPE}"  # `repo = new Repo(`, `this.repo = new ...`
# a Java declaration of the variable {name}: `private UserMapper mapper;`, `(String id,`,
# `List<User> users =`, `byte[] data =`, `for (String s :` (group `array`: its `[]`s)
_JAVA_DECLARATION = (
    r"(?<![\w$.])(?P<type>[A-Za-z_$][\w$]*)(?:<[^;(){{}}=]*>)?(?P<array>(?:\[\])*)\s+{name}"
    r"\s*[;=,):]"
)
# words that precede a variable in Java without declaring it: `return x;`, `throw e;`
_NOT_TYPES = frozenset({"return", "throw", "new", "case", "else", "yield", "assert"})
_BINDINGS: dict[str, tuple[re.Pattern[str], ...]] = {
    "java": (
        re.compile(_CONSTRUCTED),
        re.compile(_JAVA_DECLARATION.format(name=_NAME)),
    ),
    # PHP (read with `->` as `.`): `private readonly OrderRepository $orders` (a promoted
    # constructor parameter or a property), `$this->orders = new OrderRepository(...)`
    "php": (
        re.compile(_CONSTRUCTED),
        re.compile(_JAVA_DECLARATION.format(name=_NAME)),
    ),
    # C#: `private readonly IGuestRepository _guests;`, a constructor's `(IGuestRepository
    # guests)`, `var repo = new GuestRepository(...)`, and a property the container sets
    # (`public TariffCalculator Tariffs { get; set; }`: ServiceStack, Blazor `[Inject]`)
    "csharp": (
        re.compile(_CONSTRUCTED),
        re.compile(_JAVA_DECLARATION.format(name=_NAME)),
        re.compile(
            r"(?<![\w$.])(?P<type>[A-Za-z_]\w*)(?:<[^;(){}=]*>)?\??\s+"
            rf"{_NAME}\s*\{{\s*(?:(?:public|private|protected|internal)\s+)?(?:get|init|set)\b"
        ),
        # Hangfire: the job's lambda parameter is an instance of the job type
        # (`_jobs.Enqueue<ReportJobs>(job => job.Render(dto))`, `RecurringJob.AddOrUpdate<T>(
        # "id", j => j.Run(), cron)`)
        re.compile(
            rf"\b(?:Enqueue|Schedule|AddOrUpdate|ContinueJobWith)\s*<\s*{_TYPE}\s*>\s*\("
            r"(?:\s*[^(),]+,)?\s*\(?\s*(?P<name>[A-Za-z_]\w*)\s*\)?\s*=>"
        ),
    ),
    "javascript": (
        re.compile(_CONSTRUCTED),
        # TypeScript: `private readonly repo: StudentRepository`
        re.compile(rf"\b{_NAME}\s*[?!]?\s*:\s*{_TYPE}\b(?!\s*\()"),
        re.compile(rf"\b{_NAME}\s*=\s*require\s*\(\s*{_MODULE}\s*\)"),
        re.compile(rf"\bimport\s+(?:\*\s+as\s+)?{_NAME}\s+from\s*{_MODULE}"),
    ),
    "python": (
        # `repo = StudentRepository(conn)`, and an injected one's default:
        # `self.repo = repo or StudentRepository()`
        re.compile(
            rf"\b{_NAME}\s*=\s*(?:[A-Za-z_][\w.]*\s+or\s+)?(?:[A-Za-z_]\w*\.)*"
            r"(?P<type>[A-Z]\w*)\s*\("
        ),
        re.compile(rf"\b{_NAME}\s*:\s*{_TYPE}\b(?!\s*\()"),  # `repo: StudentRepository`
        # `import app.dao.student as st`, `from app.dao import student as st`
        re.compile(r"\bimport\s+(?:\w+\.)*(?P<type>\w+)\s+as\s+(?P<name>\w+)"),
        # a factory, for `_repo().find(...)`: `def _repo(): return Repository(conn)` (its
        # first statement), or `def _repo() -> Repository:`
        re.compile(
            rf"\bdef\s+{_NAME}\s*\([^)]*\)\s*(?:->[^:\n]+)?:[ \t]*\n(?:[ \t]*(?:#.*)?\n)*"
            r"[ \t]+return\s+(?:[A-Za-z_]\w*\.)*(?P<type>[A-Z]\w*)\s*\("
        ),
        re.compile(rf"\bdef\s+{_NAME}\s*\([^)]*\)\s*->\s*['\"]?{_TYPE}"),
    ),
    "go": (
        # `p := NewProfile()`, `p := &store.Profile{}`, `var p Profile`, `store *Store` (a
        # field or parameter)
        re.compile(
            r"\b(?P<name>[A-Za-z_]\w*)\s*:?=\s*&?(?:[A-Za-z_]\w*\.)?(?:New)?"
            r"(?P<type>[A-Z]\w*)\s*[({]"
        ),
        re.compile(r"\b(?P<name>[A-Za-z_]\w*)\s+\*?(?:[A-Za-z_]\w*\.)?(?P<type>[A-Z]\w*)\b"),
        re.compile(r"^\s*(?:import\s+)?(?P<name>[A-Za-z_]\w*)\s+\"(?P<module>[^\"\n]+)\"", re.M),
    ),
}
# A method that takes nothing and declares the type it returns: a service locator's
# accessor (`public function reports(): ReportService`, `ReportService reports()`,
# `func (s *Services) Reports() *ReportService`). A call on what it returns
# (`$this->services->reports()->renderPoster(...)`) is a call on that type, wherever in the
# project the accessor is declared (Index.accessors). Group `name` is the accessor, `type`
# the type.
_ACCESSORS: dict[str, re.Pattern[str]] = {
    "php": re.compile(rf"\bfunction\s+{_NAME}\s*\(\s*\)\s*:\s*\??\\?(?:\w+\\)*(?P<type>[A-Z]\w*)"),
    "java": re.compile(
        rf"(?<![\w$.])(?P<type>[A-Z][\w$]*)(?:<[^;(){{}}=]*>)?\s+{_NAME}\s*\(\s*\)\s*(?:throws\b[^{{;]*)?\{{"
    ),
    "csharp": re.compile(
        rf"(?<![\w$.])(?P<type>[A-Z]\w*)(?:<[^;(){{}}=]*>)?\s+{_NAME}\s*\(\s*\)\s*(?:=>|\{{)"
    ),
    "javascript": re.compile(rf"\b{_NAME}\s*\(\s*\)\s*:\s*(?:Promise<)?(?P<type>[A-Z][\w$]*)\b"),
    "python": re.compile(
        rf"\bdef\s+{_NAME}\s*\(\s*(?:self|cls)?\s*\)\s*->\s*['\"]?(?:[A-Za-z_]\w*\.)*(?P<type>[A-Z]\w*)"
    ),
    "go": re.compile(
        rf"\bfunc\s*\([^)]*\)\s*{_NAME}\s*\(\s*\)\s*\*?(?:[A-Za-z_]\w*\.)?(?P<type>[A-Z]\w*)\b"
    ),
}
# what an accessor returns, kept in a variable: `$templates = $services->templates();`,
# `r := s.Reports()` (read in a file's scan text, PHP's `->` as `.`)
_ACCESSOR_KEPT = re.compile(
    r"(?<![\w$.])(?P<name>[A-Za-z_$][\w$]*)\s*:?=\s*(?:await\s+)?"
    r"(?:[A-Za-z_$][\w$]*\s*\.\s*)+(?P<accessor>[A-Za-z_$][\w$]*)\s*\(\s*\)\s*[;\n]"
)
# the types a file's classes extend or implement (Java, JavaScript/TypeScript, Python)
_SUPERTYPES = re.compile(r"\b(?:extends|implements)\s+([\w$.<>,\s]+?)\s*\{")
_PYTHON_BASES = re.compile(r"^[ \t]*class\s+\w+\s*\(([^)]*)\)\s*:", re.M)
# C#: `class GuestRepository : RepositoryBase, IGuestRepository`, `record Sql(string s) : Base`
_CSHARP_BASES = re.compile(
    r"\b(?:class|record|struct)\s+\w+(?:<[^<>]*>)?(?:\s*\([^)]*\))?\s*:\s*([^{;]+?)\s*(?:\bwhere\b|\{)"
)
# Go: an exported field of a struct, with its type (`\tTides *client.TidesClient`). A call
# on such a field of another package's struct (`l.svcCtx.Tides.FromFeed(...)`) is a call on
# that type: its file's package binds nothing of that name (``_File.receiver_types``)
_GO_FIELD = re.compile(
    r"^[ \t]+(?P<name>[A-Z]\w*)[ \t]+\*?(?:[A-Za-z_]\w*\.)?(?P<type>[A-Z]\w*)[ \t]*"
    r"(?:`[^`\n]*`)?[ \t]*(?://[^\n]*)?$",
    re.M,
)
_SELF = frozenset({"this", "self", "cls", "super"})
_GO_TYPE = re.compile(r"^type\s+([A-Za-z_]\w*)\s+struct\b", re.M)
# A JavaScript/TypeScript object of methods, written where a class would do:
# `export const articleRepo = { async search(term) { ... } }`; callers name it as they name a
# class's instance (`articleRepo.search(q)`)
_JS_OBJECT = re.compile(
    r"^(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;\n]*)?=\s*\{", re.M
)


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
                    if parameter.home:  # else the caller's own helper, handing taint on
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
        return {
            p.home for callers in self.calls.values() for ps in callers.values() for p in ps
        } - {""}

    def reaching(self, reached: Set[tuple[str, str, str, str]]) -> Links:
        """Only the calls of parameters in ``reached`` ((home, rule, helper, parameter):
        those the scan's run found reaching a sink), and the files they name."""
        reached = set(reached)
        for _ in range(CHAIN_DEPTH):  # a caller's own helper reaches what it hands on to
            more = {
                (path, rule_id, p.helper, p.name)
                for rule_id, callers in self.calls.items()
                for path, parameters in callers.items()
                if any(
                    p.home and (p.home, rule_id, p.helper, p.name) in reached for p in parameters
                )
                for p in parameters
                if not p.home
            } - reached
            if not more:
                break
            reached |= more
        calls: dict[str, dict[str, set[Parameter]]] = {}
        for rule_id, callers in self.calls.items():
            for path, parameters in callers.items():
                found = {
                    p for p in parameters if (p.home or path, rule_id, p.helper, p.name) in reached
                }
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
        # what the calls and bindings are read from: PHP's `->` and `::` read as `.` (of the
        # same length, so offsets stay those of the text)
        self.scan = _php_as_dotted(text) if language.name == "php" else text
        # (receiver or "", name) of each call
        self.calls = {(r or "", n) for r, n in _QUALIFIED_CALL.findall(self.scan)}
        if language.name == "python":
            self.calls.update(handed_functions(self.scan))
        # calls on what a lower-case call returns: an accessor's, once Index knows them
        self.on_calls: set[tuple[str, str]] = set()
        for found in _CALLED_ON_A_CALL.finditer(self.scan):
            receiver = constructed_receiver(self.scan, found.start(1))
            # a type (by convention), or a factory the file binds to one (`_repo()`)
            if receiver[:1].isupper() or (receiver and _normal(receiver[:-2]) in self.bindings):
                self.calls.add((receiver, found.group(1)))
            elif receiver:
                self.on_calls.add((receiver, found.group(1)))
        # accessor (normalised) -> the types it returns, over the project (Index sets it)
        self.accessors: Mapping[str, set[str]] = {}
        # Go: exported struct field (normalised) -> its types, over the project (Index sets it)
        self.fields: Mapping[str, set[str]] = {}
        # name -> where each definition starts (``Language.helpers_declared``)
        self.declared = language.helpers_declared(text)
        self.defined = set(self.declared)
        # Go: the other files of its package (Index sets them), whose struct fields its
        # methods read (`h.Documents.SaveUpload(...)`, `Documents` declared beside `Handler`)
        self.package: list[_File] = []
        # the name calls use for the file (_module_name), normalised (_normal)
        self.module = _normal(_module_name(path, language))
        # helper name -> the words its sources may need (``sourced_around``)
        self._around: dict[str, set[str]] = {}

    @functools.cached_property
    def helpers(self) -> dict[str, Helper]:
        """Its definitions with a parameter that may carry taint (``helpers_of``)."""
        return helpers_of(self.text, self.language, called_here=False)

    @functools.cached_property
    def functions(self) -> set[str]:
        """Its definitions outside a class (``Language.is_member``)."""
        return {
            name
            for name, starts in self.declared.items()
            if any(not self.language.is_member(self.text, at) for at in starts)
        }

    @functools.cached_property
    def line_starts(self) -> list[int]:
        """Where each line starts in the text (read once, for every finding of the file)."""
        return [0, *(m.end() for m in re.finditer("\n", self.text))]

    @functools.cached_property
    def words(self) -> set[str]:
        return words_of(self.text)

    @functools.cached_property
    def outside_words(self) -> set[str]:
        """The words of its text outside every definition's signature and body: a class's
        base, attributes and fields, the decorators. With one method's own words, what a
        source may need of that method (``sourced_around``). Not its imports: a type a
        source needs in a signature is in the signature (`use App\\Dto\\SignupPayload;`
        names it for a method beside the one that hands a value on)."""
        spans: list[tuple[int, int]] = []
        for name, starts in self.declared.items():
            for at in starts:
                body = self.language.body(self.text, at, name)
                found = self.text.find(body, at) if body else -1
                if found >= 0:
                    spans.append((at, found + len(body)))
        kept, start = [], 0
        for at, end in sorted(spans):
            if at >= start:
                kept.append(self.text[start:at])
            start = max(start, end)
        return words_of(_IMPORTS.sub(" ", " ".join([*kept, self.text[start:]])))

    def sourced_around(self, words: Words, name: str) -> bool:
        """Whether its helper ``name`` may read one of the rule's sources: its own words,
        and those outside every definition. A service method handed a value by another file
        is a file between even when another method of the file reads a request payload (a
        `register(SignupPayload $payload)` beside it)."""
        around = self._around.get(name)
        if around is None:  # once per helper, not per rule and call
            # (as the file's words read them: `req` typed with the file's own interface,
            # Python's `urllib.request`, are no request; ``words_of``)
            around = (self.outside_words | self.helpers[name].words) & self.words
            self._around[name] = around
        return words.sourced(around)

    @functools.cached_property
    def aliases(self) -> dict[str, set[str]]:
        """Name -> the words of what the file assigns it (JavaScript/TypeScript `const`, `let`,
        `var`): `execAsync` -> {promisify, exec} of `const execAsync = promisify(exec)`."""
        if _family(self.language) != "javascript":
            return {}
        out: dict[str, set[str]] = {}
        for found in _JS_ALIAS.finditer(self.text):
            out.setdefault(found.group(1), set()).update(words_of(found.group(2)))
        return out

    def aliased(self, words: Set[str]) -> set[str]:
        """The words the names among ``words`` stand for (``aliases``): a helper calling
        `execAsync(...)` calls `exec`."""
        return {w for word in words & self.aliases.keys() for w in self.aliases[word]}

    @functools.cached_property
    def classes(self) -> set[str]:
        """The classes it declares (Go: its struct types; JavaScript: its objects of methods
        too), normalised (_normal)."""
        pattern = _GO_TYPE if self.language.name == "go" else self.language.class_name
        found = set(pattern.findall(self.text))
        if _family(self.language) == "javascript":
            found.update(_JS_OBJECT.findall(self.text))
        return {_normal(c) for c in found}

    @functools.cached_property
    def supertypes(self) -> set[str]:
        """The classes and interfaces its classes extend or implement, normalised: a call
        on an interface's instance may reach the implementation."""
        if self.language.name == "python":
            lists = _PYTHON_BASES.findall(self.text)
        elif self.language.name == "csharp":
            lists = _CSHARP_BASES.findall(self.text)
        elif self.language.name == "go":
            return set()
        else:
            lists = _SUPERTYPES.findall(self.text)
        return {
            _normal(word.rsplit(".", 1)[-1])
            for found in lists
            for word in re.findall(r"[\w$.]+", re.sub(r"<[^<>]*>", "", found))
            if word not in ("extends", "implements")
        }

    @functools.cached_property
    def named_by(self) -> set[str]:
        """The words a receiver of one of its classes is named by, normalised: a class, a
        type a class extends or implements, an interface ``X`` of a class ``XImpl``."""
        interfaces = {c.removesuffix("impl") for c in self.classes if c.endswith("impl")}
        return self.classes | interfaces | self.supertypes

    @functools.cached_property
    def declared_accessors(self) -> dict[str, set[str]]:
        """Accessor name -> the types it declares it returns (``_ACCESSORS``), normalised."""
        pattern = _ACCESSORS.get(_family(self.language))
        out: dict[str, set[str]] = {}
        for found in pattern.finditer(self.scan) if pattern else ():
            out.setdefault(_normal(found["name"]), set()).add(_normal(found["type"]))
        return out

    def made_by(self, made: str) -> set[str]:
        """What a receiver ``made()`` (normalised, without its parentheses) may be: a type of
        that name, what the file binds the name to (a factory), what an accessor of that
        name returns."""
        return {made} | self.bound(made) | self.accessors.get(made, set())

    @functools.cached_property
    def bindings(self) -> dict[str, set[str]]:
        """Receiver name -> the types and modules the file binds it to, normalised."""
        out: dict[str, set[str]] = {}
        for pattern in _BINDINGS.get(_family(self.language), ()):
            for found in pattern.finditer(self.scan):
                bound = found.groupdict()
                module = bound.get("module")
                target = _imported_module(module, self.language) if module else bound["type"]
                out.setdefault(_normal(bound["name"]), set()).add(_normal(target))
        return out

    @functools.cached_property
    def accessors_kept(self) -> dict[str, set[str]]:
        """Variable -> the accessors whose result the file keeps in it (``_ACCESSOR_KEPT``),
        normalised."""
        out: dict[str, set[str]] = {}
        for found in _ACCESSOR_KEPT.finditer(self.scan):
            out.setdefault(_normal(found["name"]), set()).add(_normal(found["accessor"]))
        return out

    def bound(self, word: str) -> set[str]:
        """What the file binds the receiver ``word`` (normalised) to, with what an accessor
        kept in it returns; in Go, what its package's other files bind it to when the file
        itself does not."""
        kept = self.accessors_kept.get(word, ())
        returned = set().union(*(self.accessors.get(a, set()) for a in kept))
        found = self.bindings.get(word)
        if found:
            return found | returned
        if returned:
            return returned
        return set().union(*(f.bindings.get(word, set()) for f in self.package))

    def receiver_types(self, receiver: str) -> set[str]:
        """What the file binds a call's receiver to (``bound``); in Go, for an exported field
        of another package's struct that nothing here binds (`l.svcCtx.Tides`), the types
        such fields are declared with in the project."""
        word = _normal(receiver)
        found = self.bound(word)
        if found or self.language.name != "go" or not receiver[:1].isupper():
            return found
        return set(self.fields.get(word, ()))

    @functools.cached_property
    def declared_fields(self) -> dict[str, set[str]]:
        """Go: its exported struct fields (normalised) -> their types (``_GO_FIELD``)."""
        if self.language.name != "go":
            return {}
        out: dict[str, set[str]] = {}
        for found in _GO_FIELD.finditer(self.text):
            out.setdefault(_normal(found["name"]), set()).add(_normal(found["type"]))
        return out

    @functools.cached_property
    def strings(self) -> set[str]:
        """Its string literals (Go: the import paths among them)."""
        return set(_GO_IMPORT.findall(self.text))

    @functools.cached_property
    def imported(self) -> set[str]:
        """The modules its import and require paths name, normalised (JavaScript: a module
        name may hold dots, `./user.service`, which its words split)."""
        if _family(self.language) != "javascript":
            return set()
        return {
            _normal(_imported_module(path, self.language))
            for path in _JS_IMPORT_PATH.findall(self.text)
        }

    @functools.cached_property
    def named(self) -> set[str]:
        """Its words, normalised: which modules it names."""
        return {_normal(w) for w in _LINK_WORD.findall(self.text)}


class Index:
    """The targets the links read (hand-written files of a language some rule covers), and
    which helpers of other files a call in one of them may reach."""

    def __init__(
        self,
        targets: Sequence[str],
        by_id: Mapping[str, Mapping[str, Any]],
        read_text: Callable[[str], str | None],
    ) -> None:
        """``targets``: paths as semgrep prints them; ``read_text(path)`` returns a target's
        text, ``None`` when unreadable."""
        self._by_id = by_id
        self._memo: dict[str, list[tuple[str, Words]]] = {}
        self.files: dict[str, _File] = {}
        for path in targets:
            language = language_of(path)
            if language is None or not rules_by_language(by_id, language, self._memo):
                continue
            text = read_text(path)
            if not text or not hand_written(text):
                continue
            self.files[path] = _File(path, language, text)
        # per rule language: name -> the files defining it. A file is read for its helpers
        # only once a call may reach it (1,801 BenchmarkJava servlets define a `doSomething`).
        packages: dict[str, list[_File]] = {}
        for file in self.files.values():
            if file.language.name == "go":
                packages.setdefault(os.path.dirname(file.path), []).append(file)
        for members in packages.values():
            for file in members:
                file.package = [f for f in members if f is not file]
        # over the project: what each accessor returns (per language family), and Go's
        # exported struct fields' types
        accessors: dict[str, dict[str, set[str]]] = {}
        fields: dict[str, set[str]] = {}
        for file in self.files.values():
            family = accessors.setdefault(_family(file.language), {})
            for name, types in file.declared_accessors.items():
                family.setdefault(name, set()).update(types)
            for name, types in file.declared_fields.items():
                fields.setdefault(name, set()).update(types)
        for file in self.files.values():
            file.accessors = accessors.get(_family(file.language), {})
            file.fields = fields
            file.calls.update(
                (receiver, name)
                for receiver, name in file.on_calls
                if _normal(receiver[:-2]) in file.accessors
            )
        self._homes = _Homes()
        for file in self.files.values():
            for name in file.defined:
                self._homes.add(name, file)

    def text(self, path: str) -> str | None:
        file = self.files.get(path)
        return file.text if file is not None else None

    def line_starts(self, path: str) -> list[int]:
        """Where each line of the file starts in its text ([] when it is not a target)."""
        file = self.files.get(path)
        return file.line_starts if file is not None else []

    def links(self) -> Links:
        """The links among the targets (the module's docstring says which)."""
        calls = [
            _Call(caller, receiver, name, defining)
            for caller in self.files.values()
            for receiver, name in sorted(caller.calls)
            if (defining := self._reached(caller, receiver, name))
        ]
        links = Links({}, {}, {})
        rules: dict[str, tuple[Words, set[str]]] = {}  # rule -> its words, its languages
        for file in self.files.values():
            for rule_id, words in rules_by_language(self._by_id, file.language, self._memo):
                rules.setdefault(rule_id, (words, set()))[1].add(file.language.name)
        for rule_id, (words, languages) in rules.items():
            of_rule = [c for c in calls if c.caller.language.name in languages]
            _link(rule_id, words, of_rule, links)
        return links

    def calls_on(self, path: str, lines: Set[int]) -> list[tuple[str, str, tuple[str, ...]]]:
        """(receiver, name, the files that may define it) of each call on ``lines`` (1-based)
        of the file that may reach a helper of another file; the receiver as the links read
        it ("" for a bare call, ``Type()`` for a value constructed in place)."""
        caller = self.files.get(path)
        if caller is None or not lines:
            return []
        found: set[tuple[str, str, tuple[str, ...]]] = set()
        starts = caller.line_starts
        for number in sorted(lines):
            if not 0 < number <= len(starts):
                continue
            begin = starts[number - 1]
            end = starts[number] - 1 if number < len(starts) else len(caller.text)
            for call in _QUALIFIED_CALL.finditer(caller.scan, begin, end):
                receiver = call.group(1) or ""
                before = _skip_space_back(caller.scan, call.start(2) - 1)
                if not receiver and before >= 0 and caller.scan[before] == ".":
                    receiver = constructed_receiver(caller.scan, call.start(2))
                    if not receiver:
                        continue  # called on what another call returns: not resolved
                defining = self._reached(caller, receiver, call.group(2))
                if defining:
                    homes = tuple(sorted(home.path for home in defining))
                    found.add((receiver, call.group(2), homes))
        return sorted(found)

    def _reached(self, caller: _File, receiver: str, name: str) -> list[_File]:
        """The files other than the caller's that a call of ``name`` on ``receiver`` may
        reach, with a helper of that name; none past ``_MAX_HOMES`` of them."""
        if name in caller.defined and _own(receiver, caller):
            return []  # a helper of the caller's own file
        if not receiver and caller.language.name == "php" and name.lower() in PHP_KEYWORDS:
            return []  # `print(...)`, `empty(...)`: the language construct, no function
        defining = [
            home
            for home in self._homes.of(name, receiver, caller)
            if home.path != caller.path
            and (_reaches(receiver, caller, home) or _global_function(receiver, name, home))
            and name in home.helpers
        ]
        return defining if len(defining) <= _MAX_HOMES else []


def find_links(
    targets: Sequence[str],
    by_id: Mapping[str, Mapping[str, Any]],
    read_text: Callable[[str], str | None],
) -> Links:
    """The links among ``targets`` (paths as semgrep prints them); ``read_text(path)`` returns
    a target's text, ``None`` when unreadable."""
    return Index(targets, by_id, read_text).links()


class _Homes:
    """The files defining each name, per rule language."""

    # with more homes than this, a call on a receiver looks them up by the words naming them
    # (BenchmarkJava: `thing.doSomething(...)` and 1,801 servlets defining `doSomething`)
    _INDEXED_FROM = 16

    def __init__(self) -> None:
        self._files: dict[tuple[str, str], list[_File]] = {}
        # (rule language, name) -> word naming a home (named_by, module) -> those homes
        self._named: dict[tuple[str, str], dict[str, set[_File]]] = {}

    def add(self, name: str, file: _File) -> None:
        self._files.setdefault((_family(file.language), name), []).append(file)

    def of(self, name: str, receiver: str, caller: _File) -> list[_File]:
        """The files defining ``name`` that a call on ``receiver`` may reach: all of them for
        a bare call; else at least those whose class or module the receiver's words name
        (``_reaches`` decides)."""
        key = (_family(caller.language), name)
        found = self._files.get(key, [])
        if not receiver or len(found) <= self._INDEXED_FROM:
            return found
        index = self._named.get(key)
        if index is None:
            index = self._named[key] = {}
            for home in found:
                for word in home.named_by | {home.module}:
                    index.setdefault(word, set()).add(home)
        constructed = _constructed(receiver, caller.language)
        if constructed:
            words = caller.made_by(_normal(constructed))
        else:
            words = {_normal(receiver)} | caller.receiver_types(receiver)
        picked = set().union(*(index.get(w, ()) for w in words))
        return [home for home in found if home in picked]


@dataclass(frozen=True)
class _Call:
    caller: _File
    receiver: str
    name: str
    defining: list[_File]


def _link(rule_id: str, words: Words, calls: Sequence[_Call], links: Links) -> None:
    """Add to ``links`` the calls that may carry the rule's taint to a helper of another file
    whose parameter may reach one of its sinks."""
    # a sink that needs no word of its own (`{$where: $W}`) is looked for by its context's
    # words in the helper, else by any word its patterns name
    needed = words.sinks if words.sinks is not None else words.sink_context
    if needed is None:
        needed = words.sink_mentions
    reaching = {
        (home.path, call.name)
        for call in calls
        for home in call.defining
        if needed & home.helpers[call.name].words
        or needed & home.aliased(home.helpers[call.name].words)
        or _names_a_typed_sink(words, home, home.helpers[call.name].words)
    }
    home_files = {home for call in calls for home in call.defining}
    called = {(home.path, call.name) for call in calls for home in call.defining}
    homes = {home.path for home in home_files}
    # inside a home: its helper, called from another file, hands a parameter on to a helper of
    # its own file that names a sink (`quote(..., adjustment)` -> `apply_adjustment(base,
    # adjustment)` -> `eval`). Same-file candidates need the rule's sources in the file,
    # which a service module does not hold, so the chain is linked here, CHAIN_DEPTH deep.
    within: dict[str, tuple[_File, set[str]]] = {}
    for home in home_files:
        inner = {
            name
            for name, helper in home.helpers.items()
            if (home.path, name) not in reaching
            and (needed & helper.words or needed & home.aliased(helper.words))
        }
        chain = set(inner)
        for _ in range(CHAIN_DEPTH):
            handing_on = {
                name
                for name, helper in home.helpers.items()
                if name not in chain and helper.words & chain
            }
            if not handing_on:
                break
            chain |= handing_on
        entered = {name for name in chain - inner if (home.path, name) in called}
        if entered:
            reaching |= {(home.path, name) for name in entered}
            within[home.path] = (home, chain)
    # a file between: its helper, called from another file, hands a parameter on to one of
    # those (a service between a controller and a repository holds neither a source nor a
    # sink), CHAIN_DEPTH deep. Only helpers without the rule's sources in or around them
    # (``sourced_around``): there, semgrep would report a sink once, from either kind of
    # source, and a chain from the request data could be lost to one from the helper's own
    # parameter.
    handing: dict[str, set[str]] = {}
    files = {call.caller.path: call.caller for call in calls}
    for _ in range(CHAIN_DEPTH):
        more = {
            (call.caller.path, own)
            for call in calls
            if call.caller.path in homes
            and any((home.path, call.name) in reaching for home in call.defining)
            for own, helper in call.caller.helpers.items()
            if call.name in helper.words
            and not call.caller.sourced_around(words, own)
            # one that names a sink word itself may hand its parameter on all the same
            # (`requests.RequestException` caught around the call that posts)
            and own not in handing.get(call.caller.path, ())
        }
        # ... or through a helper of its own file first: a logic method handed the request
        # by a handler calls `l.archivePhoto(src)`, which calls the client of another file
        more |= {
            (path, own)
            for path, names in handing.items()
            for own, helper in files[path].helpers.items()
            if own not in names
            and helper.words & names
            and not files[path].sourced_around(words, own)
        }
        if not more:
            break
        reaching |= more
        for path, own in more:
            handing.setdefault(path, set()).add(own)
    # only what another file calls hands on, and the helpers of its own file it calls
    # (``stepped``: their calls become sinks of the file's call rule, as a chain's within)
    stepped: dict[str, set[str]] = {}
    for path, names in list(handing.items()):
        entered = {name for name in names if (path, name) in called}
        for _ in range(CHAIN_DEPTH):
            step = {
                name
                for name in names - entered
                if any(name in files[path].helpers[own].words for own in entered)
            }
            if not step:
                break
            entered |= step
            stepped.setdefault(path, set()).update(step)
        if entered:
            handing[path] = entered
        else:
            del handing[path]
    by_path: dict[str, _File] = {}
    for call in calls:
        caller = call.caller
        if not words.sourced(caller.words) and caller.path not in handing:
            continue
        for home in call.defining:
            if (home.path, call.name) not in reaching:
                continue
            links.helpers.setdefault(rule_id, {}).setdefault(home.path, set()).add(call.name)
            links.calls.setdefault(rule_id, {}).setdefault(caller.path, set()).update(
                dataclasses.replace(p, home=home.path, receiver=call.receiver)
                for p in home.helpers[call.name].parameters
            )
            links.texts[home.path] = home.text
            links.texts[caller.path] = caller.text
            by_path[caller.path] = caller
    # a linked home's own chain: its helpers' parameters are the sources of its call rule and
    # their calls its sinks, as a same-file candidate's are; the parameter rule reads them all
    for path, (home, chain) in within.items():
        linked = links.helpers.get(rule_id, {}).get(path)
        if not linked or not linked & chain:
            continue
        linked |= chain
        links.calls[rule_id].setdefault(path, set()).update(
            p for name in chain for p in home.helpers[name].parameters
        )
    # the helpers handing a parameter on are sources of their file's call rule: its own
    # parameters (no home), as a same-file helper's are
    for path, names in handing.items():
        if path in by_path:
            if path in stepped:
                links.helpers.setdefault(rule_id, {}).setdefault(path, set()).update(stepped[path])
            links.calls[rule_id][path].update(
                p for name in names for p in by_path[path].helpers[name].parameters
            )


def _names_a_typed_sink(words: Words, home: _File, helper_words: Set[str]) -> bool:
    """Whether the helper names a variable its file declares with a typed sink's receiver
    type (`jdbcTemplate` of `private final JdbcTemplate jdbcTemplate;`)."""
    if not words.sink_types or not words.sink_types & home.words:
        return False
    types = {_normal(t) for t in words.sink_types}
    declared = {name for name, bound in home.bindings.items() if bound & types}
    return any(_normal(word) in declared for word in helper_words)


def constructed_receiver(text: str, name_start: int) -> str:
    """``Type()`` when the callee starting at ``name_start`` is called on the result of a call
    of ``Type`` (a value constructed in place: ``new UserDao(conn).find``,
    ``UserRepository(db).get``, ``NewProfile().Load``); "" when it is not called on a call.
    The call rules and the join read receivers with this one function."""
    index = _skip_space_back(text, name_start - 1)
    if index >= 1 and text[index - 1 : index + 1] == "->":
        index -= 1  # PHP's member access, where a caller's text is read as it is written
    elif index < 0 or text[index] != ".":
        return ""
    index = _skip_space_back(text, index - 1)
    if index < 0 or text[index] != ")":
        return ""
    depth = 0
    for at in range(index, max(-1, index - 400), -1):
        if text[at] == ")":
            depth += 1
        elif text[at] == "(":
            depth -= 1
            if depth == 0:
                # the construction in parentheses of its own: PHP's `(new CheckoutModel())->
                # renewals(...)`, Java's and JavaScript's `(new UserDao(conn)).find(...)`
                wrapped = _WRAPPED_CONSTRUCTION.match(text, at)
                if wrapped is not None:
                    return wrapped.group(1) + "()"
                found = _CONSTRUCTOR.search(text, max(0, at - 200), at)
                return found.group(1) + "()" if found else ""
    return ""


def declared_type(text: str, at: int, variable: str) -> str:
    """The Java type the nearest declaration before ``at`` gives ``variable``, without its
    generics (`String`, `byte[]`); "" when there is none, or the argument is no variable."""
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", variable):
        return ""
    declaration = re.compile(_JAVA_DECLARATION.format(name=re.escape(variable)))
    found = [
        m
        for m in declaration.finditer(text, max(0, at - 20000), at)
        if m.group("type") not in _NOT_TYPES
    ]
    return found[-1].group("type") + found[-1].group("array") if found else ""


def _php_as_dotted(text: str) -> str:
    """PHP's member and static access written as `.` and a space, so the calls and bindings
    read it as the other languages (`$this->orders->find(` as `$this. orders. find(`)."""
    return text.replace("->", ". ").replace("::", ". ")


def _skip_space_back(text: str, index: int) -> int:
    while index >= 0 and text[index].isspace():
        index -= 1
    return index


def _family(language: Language) -> str:
    # JavaScript and TypeScript share their rules and call each other's modules
    return "javascript" if language.name == "typescript" else language.name


def _module_name(path: str, language: Language) -> str:
    """The name code calls the file's helpers on: its module (Python, JavaScript) or class
    (Java) by its file's name, a Go package by its directory's."""
    name = os.path.basename(path)
    # only a language's own suffix goes: `user.service.ts` and "./user.service" are one module
    stem = os.path.splitext(name)[0] if language_of(name) is not None else name
    if stem in _PACKAGE_FILES or language.name == "go":
        return os.path.basename(os.path.dirname(path))
    return stem


def _imported_module(path: str, language: Language) -> str:
    """The module an import path names: a Go package by its last part, a JavaScript module
    as _module_name reads a file's path."""
    if language.name == "go":
        return path.rstrip("/").rsplit("/", 1)[-1]
    return _module_name(path, language)


@functools.lru_cache(maxsize=65536)
def _normal(word: str) -> str:
    # `allocationsDAO`, `allocations-dao` and `AllocationsDAO` name the same module
    return re.sub(r"[-_$]", "", word).lower()


def _own(receiver: str, caller: _File) -> bool:
    """Whether a call on ``receiver`` may reach a definition of the caller's own file: a bare
    call, one on self/this, or on a class the file declares (``repo.enrol(...)`` inside a
    view that is named ``enrol`` too is not)."""
    return (
        not receiver
        or receiver in _SELF
        or _normal(_constructed(receiver, caller.language) or receiver) in caller.classes
    )


def _constructed(receiver: str, language: Language) -> str:
    """The type a receiver ``Type()`` constructs (Go: ``NewType()`` too); "" for a word."""
    if not receiver.endswith("()"):
        return ""
    name = receiver[:-2]
    if language.name == "go" and name.startswith("New") and name != "New":
        return name[3:]
    return name


def _reaches(receiver: str, caller: _File, home: _File) -> bool:
    """Whether a call on ``receiver`` ("" for a bare call) in the caller may reach a helper
    of the home file: the receiver names a class the home declares or the home's module (an
    instance named after its class, ``userDao.find(...)``; a module or Go package,
    ``student.create(...)``); a bare call needs the caller to name the home's module."""
    constructed = _constructed(receiver, caller.language)
    if constructed:
        # or a factory of the caller's (`def _repo(): return Repository(...)`), or an
        # accessor's (`$this->services->reports()`)
        return not caller.made_by(_normal(constructed)).isdisjoint(home.named_by)
    if receiver:
        word = _normal(receiver)
        if _names_class_or_module(word, caller, home):
            return True
        return any(_names_class_or_module(b, caller, home) for b in caller.receiver_types(receiver))
    return _names(caller, home)


def _global_function(receiver: str, name: str, home: _File) -> bool:
    """Whether a bare call of ``name`` may reach the home's function of that name without the
    caller naming the home: PHP's functions are global, so a page calls what an include
    (`require 'inc/functions.php'` in another file) or Composer's `files` autoload defined."""
    return not receiver and home.language.name == "php" and name in home.functions


def _names_class_or_module(word: str, caller: _File, home: _File) -> bool:
    """Whether ``word`` (normalised) names a class of the home, a type its classes extend or
    implement, or its module (which the caller must name too)."""
    return word in home.named_by or (word == home.module and _names(caller, home))


def _names(caller: _File, home: _File) -> bool:
    """Whether the caller's text names the home's module (or package, in Go)."""
    if caller.language.name == "go":
        directory = os.path.dirname(home.path)
        if os.path.dirname(caller.path) == directory:
            return True
        package = os.path.basename(directory)
        return any(found.endswith("/" + package) or found == package for found in caller.strings)
    return home.module in caller.named or home.module in caller.imported
