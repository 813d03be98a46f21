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
   carrier. Languages: Java, C#, Python, JavaScript, TypeScript and Go (functions, and methods
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

from tracesec.engines.sast.same_file import (
    LANGUAGES,
    Language,
    Reach,
    RunRules,
    char_offset,
    closing_paren,
    include_only,
    language_of,
    offset_of,
    plain_taint_rule,
    signature,
)

logger = logging.getLogger(__name__)

# how many lines before a finding a call holding it in its arguments is looked for
_ARGUMENT_LINES = 5

_SUMMARY_PREFIX = "trace.summary."
_VARIANT_SUFFIX = ".trace-same-file-summaries-"


@dataclass(frozen=True, slots=True)
class _Method:
    name: str
    start: int
    end: int
    is_method: bool  # a class member (Language.is_member)
    # its signature has what the parameter-source pattern cannot see (a variadic parameter,
    # Go's named results returned bare): never clean
    opaque: bool = False
    owner: str = ""  # Language.owner


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
    cleaning = clean_helpers(fired, by_id, run, texts)
    if cleaning is None:  # a failed refinement keeps the first, conservative findings
        return dict(document)
    variants: dict[tuple[str, frozenset[tuple[str, Reach]], tuple[str, ...]], list[str]] = {}
    for (path, rule_id), clean in sorted(cleaning.items()):
        language = language_of(path)
        text = texts.get(path)
        if language is None or text is None:
            continue
        classes = tuple(sorted(set(language.class_name.findall(text))))
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
        rerun = run({"rules": variant_rules}, targets)
    except Exception:  # see above
        logger.warning("sast.summaries_failed", extra={"stage": "re-run"})
        return dict(document)
    return _merged(document, rerun, back)


def clean_helpers(
    fired: Mapping[str, set[str]],
    by_id: Mapping[str, Mapping[str, Any]],
    run: RunRules,
    texts: Mapping[str, str | None],
) -> dict[tuple[str, str], dict[str, Reach]] | None:
    """(path, rule) → the file's helpers whose result never carries the rule's taint, and
    how calls reach them, for each file and rules of ``fired``; one semgrep run (step 1
    above). ``texts`` holds the files' texts. None when the run failed."""
    try:
        summary = run(_summary_rules(fired, by_id), sorted(fired))
    except Exception:
        logger.warning("sast.summaries_failed", extra={"stage": "summaries"})
        return None
    methods = _methods(summary, texts)
    tainted = _tainted_returns(summary)
    return {
        (path, rule_id): _clean_names(methods.get(path, []), tainted.get((path, rule_id), []))
        for path, rule_ids in fired.items()
        for rule_id in rule_ids
    }


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
    holding: dict[tuple[str, str], set[str]] = {}
    # per file, once: its lines, and which called names it defines (a file has many findings)
    split: dict[str, list[str]] = {}
    defined: dict[tuple[str, str], set[int]] = {}
    for result in document.get("results") or ():
        if not isinstance(result, Mapping):
            continue
        rule = by_id.get(str(result.get("check_id", "")))
        path = str(result.get("path", ""))
        language = language_of(path)
        # the rule runs again only on this file, where it fired: a helper's rule
        # (helper_sinks.py) limited to its candidates' files is judged too
        if rule is None or language is None:
            continue
        if not plain_taint_rule(rule, language, where_it_fired=True):
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
        for name, number in _called_names(split[path], lines):
            if (path, name) not in defined:
                defined[(path, name)] = _definition_lines(text, name, language)
            heads = defined[(path, name)]
            # a helper's own head (its parameter is a helper rule's source) calls nothing
            if heads and number not in heads:
                names.add(name)
        if names:
            key = (path, str(rule["id"]))
            helpers.setdefault(key, set()).update(names)
            holding.setdefault(key, set()).update(_holding(text, result, names))
    # a helper whose arguments hold a finding's sink (`return first(ctx.search(base,
    # filter))`) never becomes a sanitizer of the file: it would hide the sink itself
    return {key: kept for key, names in helpers.items() if (kept := names - holding[key])}


def _holding(text: str, result: Mapping[str, Any], names: Iterable[str]) -> set[str]:
    """The names among ``names`` whose calls hold the semgrep ``result``'s span in their
    parentheses (``names_holding``); all of them when the span is not understood."""
    start = char_offset(text, offset_of(result.get("start")))
    end = char_offset(text, offset_of(result.get("end")))
    if not 0 <= start <= end <= len(text):
        return set(names)
    return names_holding(text, start, end, names)


def names_holding(text: str, start: int, end: int, names: Iterable[str]) -> set[str]:
    """The names among ``names`` called on the line of ``start`` in ``text``, or a few lines
    before (an argument list may span lines), whose parentheses hold the span
    ``start``..``end``: a sink written among a helper's arguments. A sanitizer covers what it
    matches, its arguments too: such a helper made one would hide the sink."""
    begin = text.rfind("\n", 0, start) + 1  # the start of its line, then lines before
    for _ in range(_ARGUMENT_LINES):
        if begin == 0:
            break
        begin = text.rfind("\n", 0, begin - 1) + 1
    out: set[str] = set()
    for name in names:
        for found in re.finditer(rf"(?<![\w$]){re.escape(name)}\s*\(", text[begin:end]):
            opener = begin + found.end() - 1
            if opener < start and end <= closing_paren(text, opener):
                out.add(name)
    return out


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


def _called_names(source_lines: list[str], lines: set[int]) -> set[tuple[str, int]]:
    """The names called on the given lines, with the line of each."""
    return {
        (name, number)
        for number in lines
        if 0 < number <= len(source_lines)
        for name in _CALL.findall(source_lines[number - 1])
    }


def _definition_lines(text: str, name: str, language: Language) -> set[int]:
    """The lines where the file seems to define ``name``; empty when it defines none."""
    if not language.defines(text, name):
        return set()
    return {text.count("\n", 0, at) + 1 for at in language.definitions(text, name)}


def _summary_rules(
    fired: Mapping[str, set[str]], by_id: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    paths_of: dict[str, list[str]] = {}
    for path, rule_ids in fired.items():
        for rule_id in rule_ids:
            paths_of.setdefault(rule_id, []).append(path)
    out: list[dict[str, Any]] = []
    for language in LANGUAGES:
        files = [p for p in fired if language_of(p) is language]
        if files:
            out.append(
                {
                    "id": f"{_SUMMARY_PREFIX}methods.{language.name}",
                    "languages": [language.name],
                    "severity": "INFO",
                    "message": "$M",
                    "pattern": language.method,
                    "paths": {"include": include_only(files)},
                }
            )
    for rule_id, paths in sorted(paths_of.items()):
        rule = by_id[rule_id]
        of_rule = language_of(paths[0])
        assert of_rule is not None
        summary: dict[str, Any] = {
            "id": f"{_SUMMARY_PREFIX}returns.{rule_id}",
            "mode": "taint",
            "languages": [of_rule.name],
            "severity": "INFO",
            "message": "tainted return",
            "pattern-sources": [
                *copy.deepcopy(list(rule.get("pattern-sources") or ())),
                *of_rule.every_parameter(),
            ],
            "pattern-sinks": [
                {
                    "patterns": [
                        {"pattern-either": [{"pattern": form} for form in of_rule.returns()]},
                        {"focus-metavariable": "$E"},
                    ]
                }
            ],
            "paths": {"include": include_only(paths)},
        }
        for key in ("pattern-sanitizers", "pattern-propagators", "options"):
            if key in rule:
                summary[key] = copy.deepcopy(rule[key])
        out.append(summary)
    return {"rules": out}


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
        start, end = offset_of(result.get("start")), offset_of(result.get("end"))
        found.setdefault(path, []).append(_method(name, start, end, texts.get(path) or "", path))
    return found


def _method(name: str, start: int, end: int, text: str, path: str) -> _Method:
    at = char_offset(text, start)
    language = language_of(path)
    if at < 0 or language is None:  # not understood: a member (fewest call forms), never clean
        return _Method(name, start, end, is_method=True, opaque=True)
    opaque = language.opaque(*signature(text, at, name))
    is_member = language.is_member(text, at)
    owner = language.owner(text, at) if is_member else ""
    return _Method(name, start, end, is_member, opaque, owner)


def _tainted_returns(summary: Mapping[str, Any]) -> dict[tuple[str, str], list[int]]:
    tainted: dict[tuple[str, str], list[int]] = {}
    prefix = f"{_SUMMARY_PREFIX}returns."
    for result in summary.get("results") or ():
        check = str(result.get("check_id", ""))
        if check.startswith(prefix):
            key = (str(result.get("path", "")), check.removeprefix(prefix))
            tainted.setdefault(key, []).append(offset_of(result.get("start")))
    return tainted


def _clean_names(methods: Sequence[_Method], tainted: Sequence[int]) -> dict[str, Reach]:
    """Clean method names → how calls reach them; a name is clean when no definition of it
    holds a tainted return (the innermost definition owns a return)."""
    dirty: set[str] = set()
    for offset in tainted:
        owners = [m for m in methods if m.start <= offset < m.end]
        if owners:
            dirty.add(min(owners, key=lambda m: m.end - m.start).name)
    dirty.update(m.name for m in methods if m.opaque)
    clean: dict[str, Reach] = {}
    for method in methods:
        if method.name in dirty:
            continue
        before = clean.get(method.name, Reach(is_method=True))
        types = {*before.owners, method.owner} - {""}
        # a name defined as a function anywhere in the file is also reached bare
        clean[method.name] = Reach(before.is_method and method.is_method, tuple(sorted(types)))
    return clean


def _variant_rules(
    variants: Mapping[tuple[str, frozenset[tuple[str, Reach]], tuple[str, ...]], list[str]],
    by_id: Mapping[str, Mapping[str, Any]],
) -> tuple[list[dict[str, Any]], dict[str, tuple[str, frozenset[str]]]]:
    rules: list[dict[str, Any]] = []
    back: dict[str, tuple[str, frozenset[str]]] = {}
    for number, ((rule_id, names, classes), paths) in enumerate(sorted(variants.items())):
        language = language_of(paths[0])
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
        variant["paths"] = {"include": include_only(paths)}
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
