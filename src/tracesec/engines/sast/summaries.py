"""Same-file method summaries for taint rules: a helper whose result never carries its
arguments' taint stops being a path from source to sink.

semgrep CE's taint analysis is intraprocedural and assumes a call's result carries the taint of
its arguments, so ``bar = doSomething(request, param); sink(bar)`` is reported even when
``doSomething`` returns a constant, a value read back under another key, or a sanitised copy.
semgrep Pro answers this with cross-function analysis; we answer it for methods of the same
file, in two more semgrep runs over only the files where a taint rule fired:

1. **Summaries.** For every (rule, file) that fired, the rule is re-run with its own sources,
   sanitizers and propagators, the file's method *parameters* added as sources, and ``return``
   as the sink; a second rule lists the file's method definitions. A method is *clean* for the
   rule when none of its returns is tainted: its result depends on neither its parameters nor
   the rule's sources. A name is clean only if every definition of it in the file is.
2. **Re-run.** The rule is run again on those files with calls to their clean methods added as
   sanitizers, and its findings there replace the first run's. Calls are matched only in forms
   that resolve to the file's own definition (unqualified, ``this.``/``self.``/``cls.``, or on a
   ``new`` instance of a Java class declared in the file), never ``obj.name(...)`` on an
   unknown receiver, so a library method that shares a clean method's name stays a taint
   carrier. Languages: Java, Python, JavaScript, TypeScript and Go (functions, and methods
   called on the enclosing method's receiver or on a value of the receiver's type).

Conservative by construction: a method that calls another helper, reads a field, or cannot be
summarised counts as not clean, and a file whose summary run fails keeps its first findings.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# Runs a rules document over targets (paths as semgrep prints them) and returns semgrep's JSON
# document; ``traces`` asks for taint traces. Raises on a failed run.
logger = logging.getLogger(__name__)

RunRules = Callable[[Mapping[str, Any], Sequence[str], bool], Mapping[str, Any]]

_SUMMARY_PREFIX = "trace.summary."
_VARIANT_SUFFIX = ".trace-same-file-summaries-"


@dataclass(frozen=True, slots=True)
class _Reach:
    """How calls reach a clean helper of the file."""

    is_method: bool  # every definition is a class member: a bare name does not reach it
    owners: tuple[str, ...] = ()  # Go: the receiver types it is declared on


@dataclass(frozen=True, slots=True)
class _Language:
    """How one language declares methods and how a call reaches a method of the same file."""

    name: str  # semgrep's language id
    suffixes: tuple[str, ...]
    method: str  # a method definition, name in $M
    parameter_source: str  # encloses a parameter $P
    return_sink: str  # a return of $E
    class_name: re.Pattern[str]  # a class declared in the file

    def call_patterns(self, name: str, classes: Sequence[str], reach: _Reach) -> list[dict]:
        raise NotImplementedError

    def defines(self, text: str, name: str) -> bool:
        """Whether the file seems to declare a method ``name`` (a cheap text check that only
        decides whether summarising is worth a run; semgrep finds the real definitions)."""
        raise NotImplementedError

    def opaque(self, parameters: str, rest: str) -> bool:
        """Whether a signature hides a flow from the summary: a variadic parameter is not
        matched by ``parameter_source`` (Java/JS/Go ``...``), so its taint would be lost."""
        return "..." in parameters

    def is_member(self, text: str, at: int) -> bool:
        """Whether the definition starting at character ``at`` is a class member, reached only
        through self./cls./this. (Java's all are; then unqualified calls reach them too)."""
        return True

    def owner(self, text: str, at: int) -> str:
        """The type a member definition at ``at`` is declared on, where the language says it
        in the definition itself (Go's receiver); "" otherwise."""
        return ""


class _Java(_Language):
    def call_patterns(self, name: str, classes: Sequence[str], reach: _Reach) -> list[dict]:
        patterns: list[dict] = [{"pattern": f"{name}(...)"}, {"pattern": f"this.{name}(...)"}]
        if classes:
            patterns.append(
                {
                    "patterns": [
                        {"pattern": f"new $C(...).{name}(...)"},
                        {
                            "metavariable-regex": {
                                "metavariable": "$C",
                                "regex": "^(" + "|".join(map(re.escape, classes)) + ")$",
                            }
                        },
                    ]
                }
            )
        return patterns

    def defines(self, text: str, name: str) -> bool:
        # name(params) [throws ...] {   -- not a call, an if/for/while/switch/catch head
        if name in ("if", "for", "while", "switch", "catch", "synchronized", "return", "new"):
            return False
        declaration = rf"\b{re.escape(name)}\s*\([^;{{}}]*\)\s*(?:throws\s[^;{{}}]*)?\{{"
        return re.search(declaration, text) is not None


class _Python(_Language):
    def is_member(self, text: str, at: int) -> bool:
        # a `def` indented under a `class`
        line_start = text.rfind("\n", 0, at) + 1
        indent = at - line_start
        if indent == 0:
            return False
        for line in reversed(text[:line_start].splitlines()):
            stripped = line.lstrip()
            if not stripped or stripped.startswith(("#", "@")):
                continue
            depth = len(line) - len(stripped)
            if depth < indent:
                # the nearest less-indented block opener decides
                return stripped.startswith("class ")
        return False

    def opaque(self, parameters: str, rest: str) -> bool:
        # *args and **kwargs are not matched by `def $M(..., $P, ...)`
        return re.search(r"(?:^|,)\s*\*", parameters) is not None

    def defines(self, text: str, name: str) -> bool:
        return (
            re.search(rf"^[ \t]*(?:async[ \t]+)?def[ \t]+{re.escape(name)}\s*\(", text, re.M)
            is not None
        )

    def call_patterns(self, name: str, classes: Sequence[str], reach: _Reach) -> list[dict]:
        patterns = [{"pattern": f"self.{name}(...)"}, {"pattern": f"cls.{name}(...)"}]
        # a bare name reaches a function, never a method (that would be some other function)
        if not reach.is_method:
            patterns.append({"pattern": f"{name}(...)"})
        return patterns


_JAVA = _Java(
    name="java",
    suffixes=(".java",),
    method="$RT $M(...) { ... }",
    parameter_source="$RT $M(..., $PT $P, ...) { ... }",
    return_sink="return $E;",
    class_name=re.compile(r"\b(?:class|enum|record)\s+([A-Za-z_$][\w$]*)"),
)
_PYTHON = _Python(
    name="python",
    suffixes=(".py", ".pyw"),
    method="def $M(...): ...",
    parameter_source="def $M(..., $P, ...): ...",
    return_sink="return $E",
    class_name=re.compile(r"^[ \t]*class\s+([A-Za-z_]\w*)", re.MULTILINE),
)


_JS_FUNCTION = re.compile(r"(?:export\s+(?:default\s+)?)?(?:async\s+)?function\b")


class _JavaScript(_Language):
    """Function declarations and class methods with a block body. Arrow functions and function
    expressions are never summarised: an arrow's expression body is a return that ``return
    $E;`` does not see, so such a helper must stay a taint carrier."""

    def defines(self, text: str, name: str) -> bool:
        if name in ("if", "for", "while", "switch", "catch", "return", "function", "constructor"):
            return False
        word = re.escape(name)
        modifiers = r"(?:(?:static|async|public|private|protected)\s+)*"
        head = rf"(?:\bfunction\s*\*?\s*{word}|^\s*{modifiers}\*?{word})"
        declaration = head + r"\s*(?:<[^>]*>)?\s*\([^;{}]*\)\s*(?::[^;{}=]*)?\{"
        return re.search(declaration, text, re.M) is not None

    def is_member(self, text: str, at: int) -> bool:
        # a class method's match starts at its name, a function's at the `function` keyword
        return _JS_FUNCTION.match(text, at) is None

    def call_patterns(self, name: str, classes: Sequence[str], reach: _Reach) -> list[dict]:
        # a class method is reached through this. only; a bare name reaches a function
        patterns = [{"pattern": f"this.{name}(...)"}]
        if not reach.is_method:
            patterns.append({"pattern": f"{name}(...)"})
        return patterns


def _javascript(name: str, suffixes: tuple[str, ...]) -> _JavaScript:
    return _JavaScript(
        name=name,
        suffixes=suffixes,
        method="function $M(...) { ... }",
        parameter_source="function $M(..., $P, ...) { ... }",
        return_sink="return $E;",
        class_name=re.compile(r"\bclass\s+([A-Za-z_$][\w$]*)"),
    )


# a method: `func (r *T) Name(...)`, `func (T) Name(...)`, `func (r *T[K]) Name(...)`
_GO_METHOD = re.compile(r"func\s*\(\s*(?:[A-Za-z_]\w*\s+)?\*?\s*([A-Za-z_]\w*)")


class _Go(_Language):
    """Functions, reached by their bare name, and methods. A method is reached only where the
    receiver's type is known: a call on the enclosing method's own receiver (``s.name()``
    inside ``func (s *T) ...``), or on a value semgrep types as ``T`` or ``*T`` (``&T{}``,
    ``var v T``). Go allows one method of a name per type, and a type's methods all live in
    its package, so a method of ``T`` declared in this file is the one such a call reaches."""

    def defines(self, text: str, name: str) -> bool:
        receiver = r"(?:\([^)]*\)\s*)?"
        return re.search(rf"^func\s*{receiver}{re.escape(name)}\s*[\[(]", text, re.M) is not None

    def is_member(self, text: str, at: int) -> bool:
        return _GO_METHOD.match(text, at) is not None

    def owner(self, text: str, at: int) -> str:
        found = _GO_METHOD.match(text, at)
        return found.group(1) if found else ""

    def call_patterns(self, name: str, classes: Sequence[str], reach: _Reach) -> list[dict]:
        patterns: list[dict] = [] if reach.is_method else [{"pattern": f"{name}(...)"}]
        if reach.owners:
            types = "|".join(map(re.escape, reach.owners))
            patterns.append(
                {
                    "patterns": [
                        {"pattern-inside": "func ($R $T) $F(...) { ... }"},
                        {"metavariable-regex": {"metavariable": "$T", "regex": rf"^\*?({types})$"}},
                        {"pattern": f"$R.{name}(...)"},
                    ]
                }
            )
            for owner in reach.owners:
                patterns.append({"pattern": f"($X : {owner}).{name}(...)"})
                patterns.append({"pattern": f"($X : *{owner}).{name}(...)"})
        return patterns

    def opaque(self, parameters: str, rest: str) -> bool:
        # named results are returned by a bare `return`, which `return $E` does not see
        results = rest.strip()
        named = results.startswith("(") and any(
            len(part.split()) > 1 for part in results.strip("()").split(",")
        )
        return named or super().opaque(parameters, rest)


_GO = _Go(
    name="go",
    suffixes=(".go",),
    method="func $M(...) { ... }",
    parameter_source="func $M(..., $P $T, ...) { ... }",
    return_sink="return $E",
    class_name=re.compile(r"(?!)"),  # no classes
)
_JAVASCRIPT = _javascript("javascript", (".js", ".jsx", ".mjs", ".cjs"))
_TYPESCRIPT = _javascript("typescript", (".ts", ".tsx", ".mts", ".cts"))
_LANGUAGES: tuple[_Language, ...] = (_JAVA, _PYTHON, _JAVASCRIPT, _TYPESCRIPT, _GO)


def _language_of(path: str) -> _Language | None:
    lowered = path.lower()
    for language in _LANGUAGES:
        if lowered.endswith(language.suffixes):
            return language
    return None


def _summarisable(rule: Mapping[str, Any], language: _Language) -> bool:
    """Taint rules of the language without labels (a parameter source has no label to carry)."""
    if rule.get("mode") != "taint" or language.name not in (rule.get("languages") or ()):
        return False
    if "paths" in rule:  # its own path filter would be overwritten by ours
        return False
    specs = [*(rule.get("pattern-sources") or ()), *(rule.get("pattern-sinks") or ())]
    return not any(isinstance(s, Mapping) and ("label" in s or "requires" in s) for s in specs)


@dataclass(frozen=True, slots=True)
class _Method:
    name: str
    start: int
    end: int
    is_method: bool  # a class member (_Language.is_member)
    # its signature has what the parameter-source pattern cannot see (a variadic parameter,
    # Go's named results returned bare): never clean
    opaque: bool = False
    owner: str = ""  # _Language.owner


def refine(
    document: Mapping[str, Any],
    rules: Iterable[Mapping[str, Any]],
    run: RunRules,
    read_text: Callable[[str], str | None],
) -> dict[str, Any]:
    """``document`` with the findings of taint rules re-judged with same-file summaries.

    ``read_text(path)`` returns a target's text (``None`` when unreadable); ``run`` as above.
    When either extra run fails the first findings stand: this only ever removes findings.
    """
    by_id = {str(r["id"]): r for r in rules if isinstance(r, Mapping) and "id" in r}
    texts: dict[str, str | None] = {}
    helpers = _helpers_on_paths(document, by_id, texts, read_text)
    fired: dict[str, set[str]] = {}
    for path, rule_id in helpers:
        fired.setdefault(path, set()).add(rule_id)
    if not fired:
        return dict(document)
    try:
        summary = run(_summary_rules(fired, by_id), sorted(fired), False)
    except Exception:  # a failed refinement keeps the first, conservative findings
        logger.warning("sast.summaries_failed", extra={"stage": "summaries"})
        return dict(document)
    methods = _methods(summary, texts)
    tainted = _tainted_returns(summary)
    variants: dict[tuple[str, frozenset[tuple[str, _Reach]], tuple[str, ...]], list[str]] = {}
    for path, rule_ids in fired.items():
        language = _language_of(path)
        text = texts.get(path)
        if language is None or text is None:
            continue
        classes = tuple(sorted(set(language.class_name.findall(text))))
        for rule_id in rule_ids:
            clean = _clean_names(methods.get(path, []), tainted.get((path, rule_id), []))
            # only the helpers its findings' taint paths go through
            clean = {n: m for n, m in clean.items() if n in helpers[(path, rule_id)]}
            if clean:
                key = (rule_id, frozenset(clean.items()), classes)
                variants.setdefault(key, []).append(path)
    if not variants:
        return dict(document)
    variant_rules, back = _variant_rules(variants, by_id)
    targets = sorted({p for paths in variants.values() for p in paths})
    try:
        rerun = run({"rules": variant_rules}, targets, True)
    except Exception:  # see above
        logger.warning("sast.summaries_failed", extra={"stage": "re-run"})
        return dict(document)
    return _merged(document, rerun, back)


def _helpers_on_paths(
    document: Mapping[str, Any],
    by_id: Mapping[str, Mapping[str, Any]],
    texts: dict[str, str | None],
    read_text: Callable[[str], str | None],
) -> dict[tuple[str, str], set[str]]:
    """(path, rule) → names of the file's own methods called on a line of a finding's taint
    path (source, steps, sink). Only those findings can change, so only their files cost
    the two extra runs; a finding without a reported path is left as it is."""
    helpers: dict[tuple[str, str], set[str]] = {}
    # per file, once: its lines, and which called names it defines (a file has many findings)
    split: dict[str, list[str]] = {}
    defined: dict[tuple[str, str], bool] = {}
    for result in document.get("results") or ():
        if not isinstance(result, Mapping):
            continue
        rule = by_id.get(str(result.get("check_id", "")))
        path = str(result.get("path", ""))
        language = _language_of(path)
        if rule is None or language is None or not _summarisable(rule, language):
            continue
        lines = _trace_lines(result)
        if not lines:
            continue
        if path not in texts:
            texts[path] = read_text(path)
        text = texts[path]
        if text is None:
            continue
        if path not in split:
            split[path] = text.splitlines()
        names = set()
        for name in _called_names(split[path], lines):
            if (path, name) not in defined:
                defined[(path, name)] = language.defines(text, name)
            if defined[(path, name)]:
                names.add(name)
        if names:
            helpers.setdefault((path, str(rule["id"])), set()).update(names)
    return helpers


def _trace_lines(result: Mapping[str, Any]) -> set[int]:
    extra = result.get("extra")
    trace = extra.get("dataflow_trace") if isinstance(extra, Mapping) else None
    if not isinstance(trace, Mapping):
        return set()
    locations: list[Any] = [
        step.get("location")
        for step in trace.get("intermediate_vars") or ()
        if isinstance(step, Mapping)
    ]
    for end in ("taint_source", "taint_sink"):
        value = trace.get(end)
        if isinstance(value, list) and len(value) == 2 and isinstance(value[1], list) and value[1]:
            locations.append(value[1][0])
    lines = {
        int(loc["start"]["line"])
        for loc in locations
        if isinstance(loc, Mapping) and isinstance(loc.get("start"), Mapping)
    }
    start = result.get("start")
    if isinstance(start, Mapping) and start.get("line"):
        lines.add(int(start["line"]))
    return lines


_CALL = re.compile(r"([A-Za-z_$][\w$]*)\s*\(")


def _called_names(source_lines: list[str], lines: set[int]) -> set[str]:
    return {
        name
        for number in lines
        if 0 < number <= len(source_lines)
        for name in _CALL.findall(source_lines[number - 1])
    }


def _include(paths: Iterable[str]) -> list[str]:
    # Anchored, with glob characters escaped, so a pattern names exactly one file.
    return ["/" + re.sub(r"([\\*?\[\]!])", r"\\\1", p.removeprefix("./")) for p in sorted(paths)]


def _summary_rules(
    fired: Mapping[str, set[str]], by_id: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    paths_of: dict[str, list[str]] = {}
    for path, rule_ids in fired.items():
        for rule_id in rule_ids:
            paths_of.setdefault(rule_id, []).append(path)
    out: list[dict[str, Any]] = []
    for language in _LANGUAGES:
        files = [p for p in fired if _language_of(p) is language]
        if files:
            out.append(
                {
                    "id": f"{_SUMMARY_PREFIX}methods.{language.name}",
                    "languages": [language.name],
                    "severity": "INFO",
                    "message": "$M",
                    "pattern": language.method,
                    "paths": {"include": _include(files)},
                }
            )
    for rule_id, paths in sorted(paths_of.items()):
        rule = by_id[rule_id]
        of_rule = _language_of(paths[0])
        assert of_rule is not None
        summary: dict[str, Any] = {
            "id": f"{_SUMMARY_PREFIX}returns.{rule_id}",
            "mode": "taint",
            "languages": [of_rule.name],
            "severity": "INFO",
            "message": "tainted return",
            "pattern-sources": [
                *copy.deepcopy(list(rule.get("pattern-sources") or ())),
                {
                    "patterns": [
                        {"pattern-inside": of_rule.parameter_source},
                        {"focus-metavariable": "$P"},
                    ]
                },
            ],
            "pattern-sinks": [
                {"patterns": [{"pattern": of_rule.return_sink}, {"focus-metavariable": "$E"}]}
            ],
            "paths": {"include": _include(paths)},
        }
        for key in ("pattern-sanitizers", "pattern-propagators", "options"):
            if key in rule:
                summary[key] = copy.deepcopy(rule[key])
        out.append(summary)
    return {"rules": out}


def _offset(position: Any) -> int:
    return int(position.get("offset", -1)) if isinstance(position, Mapping) else -1


def _methods(
    summary: Mapping[str, Any], texts: Mapping[str, str | None]
) -> dict[str, list[_Method]]:
    found: dict[str, list[_Method]] = {}
    for result in summary.get("results") or ():
        check = str(result.get("check_id", ""))
        if not check.startswith(f"{_SUMMARY_PREFIX}methods."):
            continue
        path = str(result.get("path", ""))
        name = str((result.get("extra") or {}).get("message", ""))
        if not re.fullmatch(r"[A-Za-z_$][\w$]*", name):
            continue
        start, end = _offset(result.get("start")), _offset(result.get("end"))
        found.setdefault(path, []).append(_method(name, start, end, texts.get(path) or "", path))
    return found


def _method(name: str, start: int, end: int, text: str, path: str) -> _Method:
    at = start  # semgrep's offsets count bytes; the text is read as characters
    if start >= 0 and not text.isascii():
        at = len(text.encode("utf-8")[:start].decode("utf-8", "ignore"))
    language = _language_of(path)
    if at < 0 or language is None:  # not understood: a member (fewest call forms), never clean
        return _Method(name, start, end, is_method=True, opaque=True)
    opaque = language.opaque(*_signature(text, at, name))
    is_member = language.is_member(text, at)
    owner = language.owner(text, at) if is_member else ""
    return _Method(name, start, end, is_member, opaque, owner)


def _signature(text: str, at: int, name: str) -> tuple[str, str]:
    """A definition's parameter list (inside its parentheses) and what follows it up to the
    body. Found after the name, so decorators, annotations and a Go receiver are passed over."""
    head = re.compile(rf"\b{re.escape(name)}\s*(?:<[^>]*>|\[[^\]]*\])?\s*\(")
    found = head.search(text, at)
    if found is None:
        return "...", ""  # not understood: opaque
    opener = found.end() - 1
    close = _closing(text, opener)
    ends = [i for i in (text.find("{", close), text.find(":", close)) if i >= 0]
    return text[opener + 1 : close], text[close + 1 : min(ends) if ends else close + 1]


def _closing(text: str, opener: int) -> int:
    depth = 0
    for index in range(opener, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    return len(text)


def _tainted_returns(summary: Mapping[str, Any]) -> dict[tuple[str, str], list[int]]:
    tainted: dict[tuple[str, str], list[int]] = {}
    prefix = f"{_SUMMARY_PREFIX}returns."
    for result in summary.get("results") or ():
        check = str(result.get("check_id", ""))
        if check.startswith(prefix):
            key = (str(result.get("path", "")), check.removeprefix(prefix))
            tainted.setdefault(key, []).append(_offset(result.get("start")))
    return tainted


def _clean_names(methods: Sequence[_Method], tainted: Sequence[int]) -> dict[str, _Reach]:
    """Clean method names → how calls reach them; a name is clean when no definition of it
    holds a tainted return (the innermost definition owns a return)."""
    dirty: set[str] = set()
    for offset in tainted:
        owners = [m for m in methods if m.start <= offset < m.end]
        if owners:
            dirty.add(min(owners, key=lambda m: m.end - m.start).name)
    dirty.update(m.name for m in methods if m.opaque)
    clean: dict[str, _Reach] = {}
    for method in methods:
        if method.name in dirty:
            continue
        before = clean.get(method.name, _Reach(is_method=True))
        types = {*before.owners, method.owner} - {""}
        # a name defined as a function anywhere in the file is also reached bare
        clean[method.name] = _Reach(before.is_method and method.is_method, tuple(sorted(types)))
    return clean


def _variant_rules(
    variants: Mapping[tuple[str, frozenset[tuple[str, _Reach]], tuple[str, ...]], list[str]],
    by_id: Mapping[str, Mapping[str, Any]],
) -> tuple[list[dict[str, Any]], dict[str, tuple[str, frozenset[str]]]]:
    rules: list[dict[str, Any]] = []
    back: dict[str, tuple[str, frozenset[str]]] = {}
    for number, ((rule_id, names, classes), paths) in enumerate(sorted(variants.items())):
        language = _language_of(paths[0])
        assert language is not None
        variant = copy.deepcopy(dict(by_id[rule_id]))
        variant["id"] = f"{rule_id}{_VARIANT_SUFFIX}{number}"
        calls: list[dict] = []
        for name, reach in sorted(names, key=lambda item: item[0]):
            calls.extend(language.call_patterns(name, classes, reach))
        variant["pattern-sanitizers"] = [
            *(variant.get("pattern-sanitizers") or ()),
            {"pattern-either": calls},
        ]
        variant["paths"] = {"include": _include(paths)}
        rules.append(variant)
        back[variant["id"]] = (rule_id, frozenset(paths))
    return rules, back


def _merged(
    document: Mapping[str, Any],
    rerun: Mapping[str, Any],
    back: Mapping[str, tuple[str, frozenset[str]]],
) -> dict[str, Any]:
    replaced = {(path, rule_id) for rule_id, paths in back.values() for path in paths}
    failed = {
        str(e.get("path", ""))
        for e in rerun.get("errors") or ()
        if isinstance(e, Mapping) and e.get("path")
    }
    # a file the re-run could not analyse keeps its first findings
    replaced = {(p, r) for p, r in replaced if p not in failed}
    results = [
        r
        for r in document.get("results") or ()
        if not (
            isinstance(r, Mapping)
            and (str(r.get("path", "")), str(r.get("check_id", ""))) in replaced
        )
    ]
    for result in rerun.get("results") or ():
        if not isinstance(result, Mapping):
            continue
        origin = back.get(str(result.get("check_id", "")))
        path = str(result.get("path", ""))
        if origin is not None and (path, origin[0]) in replaced:
            results.append({**result, "check_id": origin[0]})
    return {**document, "results": results}
