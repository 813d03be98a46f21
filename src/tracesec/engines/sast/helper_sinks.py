"""Taint that reaches a sink inside a helper, of the same file or another, through the helper's
parameter.

semgrep CE's taint analysis stops at a function's edge, so in

    public AttackResult completed(@RequestParam String account) {
        return injectableQuery(account);
    }
    protected AttackResult injectableQuery(String accountName) {
        ... statement.executeQuery("... '" + accountName + "'") ...

the request value never meets the query. semgrep Pro answers this with cross-function
analysis; we answer it for helpers of the same file (the commonest shape in controllers and
views) and for those of other files a call names (DAOs, models, packages: ``helper_links``).
The rules below join the scan's own run; only when very many files call linked helpers do the
call rules of those links wait for a second run (``calls_for``).

1. **Candidates** (text only, before the run; ``helper_candidates``): the few helpers of a
   file that can carry a caller's taint to one of a rule's sinks. Most files have none.
2. **Parameter rules.** Per taint rule, its sinks, sanitizers and propagators with the
   candidates' parameters as its only sources. A finding says which parameter of which helper
   reaches which sink (semgrep names a source's metavariables in the message).
3. **Call rules.** Per taint rule and file, the rule's own sources and the candidates'
   parameters as sources, its sanitizers and propagators, and as its only sinks the argument at
   each candidate parameter's position in calls that reach the file's own definition (the call
   forms of ``same_file``). A finding says whether the taint came from the rule's source or
   from a helper's parameter handed on to another helper.
4. **Join** (after the run). A call from the rule's source to a parameter that reaches a sink,
   directly or handed on through up to three helpers, becomes the rule's finding at the
   helper's sink, with one trace: source, steps in the caller, the call, each parameter and its
   steps, the sink. Never the same (rule, sink) twice, and never one the rule found itself.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tracesec.engines.sast.handed_calls import HANDED_TO, QUEUED_BY
from tracesec.engines.sast.helper_candidates import (
    CHAIN_DEPTH,
    INERT_NAMES,
    INERT_TYPES,
    Helper,
    Parameter,
    arity_of,
    destructured,
    find_candidates,
    other_overload,
    request_type,
    top_level_parts,
)
from tracesec.engines.sast.helper_links import (
    Links,
    constructed_receiver,
    declared_type,
)
from tracesec.engines.sast.same_file import (
    PHP_KEYWORDS,
    Language,
    char_offset,
    closing_bracket,
    closing_paren,
    include_only,
    language_of,
    offset_of,
)

logger = logging.getLogger(__name__)

_PREFIX = "trace.helper-sinks."
# splits the rule's own message from the helper and parameter semgrep names for the finding
_MARK = "\u2063trace-helper-parameter\u2063"
_HELPER, _PARAMETER = "$TRACE_HELPER", "$TRACE_PARAMETER"
_ARGUMENT = "$TRACE_ARGUMENT"
# where a handed call's arguments go (_handed): as a call's, or as a list's or tuple's items
_ARGUMENTS = "\u2063trace-arguments\u2063"
_ITEMS = "\u2063trace-items\u2063"


@dataclass(frozen=True)
class Plan:
    """The rules to add to a scan's run, and how to read their findings back."""

    rules: list[dict[str, Any]]
    # call rule id -> (the taint rule, the parameters whose calls are its sinks)
    calls: dict[str, tuple[str, frozenset[Parameter]]]
    texts: dict[str, str]  # the candidate files' texts, as semgrep read them

    def gave_up(self, document: Mapping[str, Any]) -> list[str]:
        """Files semgrep gave up on at one of the added rules: a timeout or a memory limit
        stops a file at its first failing rule, so the file's own findings were lost with
        it. The caller runs the scan's own rules over them again (``with_files_from``)."""
        return sorted(
            {
                str(e["path"])
                for e in document.get("errors") or ()
                if isinstance(e, Mapping) and e.get("path") and _is_own_error(e)
            }
        )

    def reached(self, own: Iterable[Mapping[str, Any]]) -> set[_Key]:
        """The helpers' parameters the parameter rules found reaching a sink."""
        out: set[_Key] = set()
        for result in own:
            path = str(result.get("path", ""))
            rule_id = str(result.get("check_id", ""))
            text = self.texts.get(path)
            if text is None or rule_id in self.calls:
                continue
            node = _parameter_node(result, path, rule_id.removeprefix(_PREFIX), text)
            if node is not None:
                out.add(node[0])
        return out

    def merged(self, other: Plan) -> Plan:
        """This plan with ``other``'s rules (their ids must differ) read back too."""
        return Plan(
            [*self.rules, *other.rules],
            {**self.calls, **other.calls},
            {**self.texts, **other.texts},
        )

    def joined(self, document: Mapping[str, Any]) -> dict[str, Any]:
        """``document`` without this plan's own findings, and with a finding per (rule,
        helper sink) that a tainted call of the same file reaches. Chains through another
        file's helper are left to ``linked``: their files may be in other batches."""
        # semgrep skips a rule it cannot parse: only that rule's findings are lost. An error
        # on a file stays: its coverage must say what happened (see gave_up)
        errors = [
            e for e in document.get("errors") or () if not (_is_own_error(e) and not e.get("path"))
        ]
        if len(errors) < len(document.get("errors") or ()):
            logger.warning("sast.helper_sinks_rule_error")
        results = [r for r in document.get("results") or () if not _is_own(r)]
        results.extend(self._join(own_results(document), results, across=False))
        return {**document, "results": results, "errors": errors}

    def linked(
        self, own: Iterable[Mapping[str, Any]], reported: Iterable[Mapping[str, Any]]
    ) -> list[dict[str, Any]]:
        """The findings of chains through another file's helper, from the plan's own
        findings of every batch (``own_results``), none at a place already ``reported``."""
        return self._join(own, list(reported), across=True)

    def _join(
        self,
        own: Iterable[Mapping[str, Any]],
        reported: Sequence[Any],
        *,
        across: bool,
    ) -> list[dict[str, Any]]:
        """The findings of chains that start at a rule's source: those of one file, or (where
        ``across``) those that pass through another file's helper. A chain whose first call
        the rule itself reported as a sink (`db.query(sql)` of a module wrapping the driver)
        is that finding again, deeper: one finding per flaw. Never two findings at one place,
        nor one at a place already ``reported``, nor one handed on through a call that is
        itself a sink a helper's parameter reaches."""
        seen = {_place(r) for r in reported if isinstance(r, Mapping)}
        spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for result in reported:
            if isinstance(result, Mapping):
                rule, path, start, end = _place(result)
                spans.setdefault((rule, path), []).append((start, end))
        # a helper's parameter -> the parameter rules' findings: it reaches a sink
        sinks: dict[_Key, list[tuple[int, Mapping[str, Any]]]] = {}
        # the call rules' findings: the parameter called, and where the taint came from (the
        # rule's own source: None; else the caller's own parameter)
        calls: list[tuple[_Node, _Node | None, Mapping[str, Any]]] = []
        for result in own:
            path = str(result.get("path", ""))
            text = self.texts.get(path)
            if text is None:
                continue
            origin = self.calls.get(str(result.get("check_id", "")))
            if origin is None:
                rule_id = str(result.get("check_id", "")).removeprefix(_PREFIX)
                source = _parameter_node(result, path, rule_id, text)
                if source is not None:
                    sinks.setdefault(source[0], []).append((source[1], result))
                    _, _, start, end = _place(result)
                    spans.setdefault((rule_id, path), []).append((start, end))
                continue
            rule_id, parameters = origin
            at = char_offset(text, offset_of(result.get("start")))
            language = language_of(path)
            call = _call_at(text, at, java=language is not None and language.name == "java")
            caller = _parameter_node(result, path, rule_id, text)
            for parameter in parameters:
                if parameter.home and not across:
                    continue
                if call is not None and call.passes(parameter):
                    home = parameter.home or path
                    called = ((home, rule_id, parameter.helper, parameter.name), parameter.arity)
                    calls.append((called, caller, result))
        onward: dict[_Key, list[tuple[int, _Node, Mapping[str, Any]]]] = {}
        for called, caller, result in calls:
            if caller is not None:
                onward.setdefault(caller[0], []).append((caller[1], called, result))
        found: list[dict[str, Any]] = []
        for called, caller, call_result in calls:
            if caller is not None:
                continue
            _, path, start, end = _place(call_result)
            if any(a < end and start < b for a, b in spans.get((called[0][1], path), ())):
                continue
            for hops, sink, last in _reaching(called, sinks, onward):
                chain = [call_result, *hops]
                if across and all(c.get("path") == sink.get("path") for c in chain):
                    continue  # one file's chain: ``joined`` reported it with its batch
                # a call handed on that is itself a sink of the rule (a service's
                # `db.query(sql)`, into a module wrapping the driver): that finding, deeper
                if any(_overlapping(hop, called[0][1], spans) for hop in hops):
                    continue
                # (a runner of the caller's own file is part of its flaw; a module wrapping
                # the driver for every file is not)
                sink_path, call_path = str(sink.get("path", "")), str(chain[-1].get("path", ""))
                if (
                    sink_path != call_path
                    and _passed_through(sink, last[3], self.texts.get(sink_path))
                    and _built(chain[-1], self.texts.get(call_path))
                ):
                    finding = _finding_at_call(called[0][1], chain, sink)
                else:
                    finding = _finding(called[0][1], chain, sink)
                if _place(finding) not in seen:
                    seen.add(_place(finding))
                    found.append(finding)
        return found


def own_results(document: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The findings of the added rules in a semgrep document."""
    return [r for r in document.get("results") or () if _is_own(r)]


def plan(
    rules: Iterable[Mapping[str, Any]],
    targets: Sequence[str],
    read_text: Callable[[str], str | None],
    links: Links | None = None,
    *,
    link_calls: bool = True,
) -> Plan:
    """The parameter and call rules for ``targets`` (paths as semgrep prints them), and for
    ``links`` to helpers of other files (their call rules only where ``link_calls``: else
    see ``calls_for``); ``read_text(path)`` returns a target's text, ``None`` when
    unreadable."""
    by_id = _by_id(rules)
    texts: dict[str, str] = {}
    helpers: dict[str, dict[str, Helper]] = {}
    candidates = find_candidates(targets, by_id, texts, helpers, read_text)
    # (rule, calling file) -> the parameters its calls may pass taint to
    called: dict[tuple[str, str], set[Parameter]] = {}
    for rule_id, paths in candidates.items():
        for path, names in paths.items():
            called[rule_id, path] = {p for n in names for p in helpers[path][n].parameters}
    if links:
        texts.update(links.texts)
        for rule_id, homes in links.helpers.items():
            for path, names in homes.items():
                candidates.setdefault(rule_id, {}).setdefault(path, set()).update(names)
        if link_calls:
            _add_link_calls(called, links)
    if not candidates:
        return Plan([], {}, {})
    call_rules, back = _call_rules(_variants(called, texts), by_id, "calls")
    return Plan([*_parameter_rules(candidates, by_id), *call_rules], back, texts)


def calls_for(rules: Iterable[Mapping[str, Any]], links: Links) -> Plan:
    """The call rules of ``links`` alone: a second run's, over their calling files, once the
    scan's run has said which helpers' parameters reach a sink (``Plan.reached``)."""
    called: dict[tuple[str, str], set[Parameter]] = {}
    _add_link_calls(called, links)
    call_rules, back = _call_rules(_variants(called, links.texts), _by_id(rules), "links")
    return Plan(call_rules, back, dict(links.texts))


def _by_id(rules: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    return {str(r["id"]): r for r in rules if isinstance(r, Mapping) and "id" in r}


def _add_link_calls(called: dict[tuple[str, str], set[Parameter]], links: Links) -> None:
    for rule_id, callers in links.calls.items():
        for path, parameters in callers.items():
            called.setdefault((rule_id, path), set()).update(parameters)


def _variants(
    called: Mapping[tuple[str, str], set[Parameter]], texts: Mapping[str, str]
) -> dict[tuple[str, frozenset[Parameter], tuple[str, ...]], list[str]]:
    """Calling files that can share one call rule: the same rule, parameters and classes."""
    variants: dict[tuple[str, frozenset[Parameter], tuple[str, ...]], list[str]] = {}
    for (rule_id, path), parameters in called.items():
        language = language_of(path)
        assert language is not None
        classes = tuple(sorted(set(language.class_name.findall(texts[path]))))
        variants.setdefault((rule_id, frozenset(parameters), classes), []).append(path)
    return variants


_Key = tuple[str, str, str, str]  # path, rule, helper, parameter name
# with the arity of the helper's definition (an overload), -1 when calls may pass fewer
_Node = tuple[_Key, int]


def _same_definition(arity: int, other: int) -> bool:
    return arity == other or arity < 0 or other < 0


def _parameter_node(result: Mapping[str, Any], path: str, rule_id: str, text: str) -> _Node | None:
    """The helper's parameter a finding's taint starts at; None when it starts at the rule's
    own source (semgrep leaves the metavariables in the message unbound)."""
    message = str((result.get("extra") or {}).get("message", ""))
    if _MARK not in message:
        return None
    helper, _, name = message.rpartition(_MARK)[2].partition(" ")
    if name[:1] in ("{", "["):
        name = destructured(name)
    language = language_of(path)
    if _unbound(helper, _HELPER) or not name or _unbound(name, _PARAMETER) or language is None:
        return None
    # the definition holding the finding is the nearest one of the helper before it
    at = char_offset(text, offset_of(result.get("start")))
    starts = [start for start in language.definitions(text, helper) if start <= at]
    arity = arity_of(text, max(starts), helper, language) if starts else -1
    return (path, rule_id, helper, name), arity


def _unbound(value: str, placeholder: str) -> bool:
    """Whether a message's ``value`` is its metavariable ``placeholder`` left unbound: as
    written, or with a bound metavariable that prefixes it filled in (semgrep writes the `$T`
    of a FastAPI parameter's type into `$TRACE_HELPER`: `LoginRequestRACE_HELPER`). A PHP
    parameter's name starts with `$` itself (`$term`)."""
    return value.startswith("$TRACE_") or value.endswith(placeholder.rpartition("_")[2])


def _overlapping(
    call: Mapping[str, Any], rule_id: str, spans: Mapping[tuple[str, str], list[tuple[int, int]]]
) -> bool:
    """Whether ``call`` (a call rule's finding) lies on a sink of ``rule_id`` in its file."""
    _, path, start, end = _place(call)
    return any(a < end and start < b for a, b in spans.get((rule_id, path), ()))


def _reaching(
    node: _Node,
    sinks: Mapping[_Key, list[tuple[int, Mapping[str, Any]]]],
    onward: Mapping[_Key, list[tuple[int, _Node, Mapping[str, Any]]]],
    visited: frozenset[_Key] = frozenset(),
) -> list[tuple[list[Mapping[str, Any]], Mapping[str, Any], _Key]]:
    """The sinks a helper's parameter reaches, directly or handed on to other helpers
    (CHAIN_DEPTH deep, never round a cycle): (the calls it is handed on through, sink, the
    parameter that reaches the sink)."""
    key, arity = node
    found: list[tuple[list[Mapping[str, Any]], Mapping[str, Any], _Key]] = [
        ([], sink, key) for defined, sink in sinks.get(key, ()) if _same_definition(arity, defined)
    ]
    if len(visited) < CHAIN_DEPTH:
        for defined, following, call in onward.get(key, ()):
            if not _same_definition(arity, defined) or following[0] in visited | {key}:
                continue
            for hops, sink, last in _reaching(following, sinks, onward, visited | {key}):
                found.append(([call, *hops], sink, last))
    return found


def _passed_through(sink: Mapping[str, Any], parameter: str, text: str | None) -> bool:
    """Whether the sink holds the helper's parameter as it is (`conn.execute(text(sql))` of
    a `query(sql)` wrapping the driver): where a caller builds the value (``_built``), the
    flaw is there, and each such call is a finding of its own, not one at the wrapper's sink
    for them all."""
    if text is None:
        return False
    name = re.escape(parameter.lstrip("$&*"))
    held = _held(sink, text)
    return re.fullmatch(rf"\s*(?:[\w.]+\(\s*)?{name}\s*\)?\s*", held) is not None


def with_files_from(
    document: Mapping[str, Any], again: Mapping[str, Any], paths: Iterable[str]
) -> dict[str, Any]:
    """``document`` with the results and errors of ``paths`` taken from ``again``, a run of
    the scan's own rules over them."""
    replaced = set(paths)

    def kept(items: Any) -> list[Any]:
        return [
            i for i in items or () if not (isinstance(i, Mapping) and i.get("path") in replaced)
        ]

    return {
        **document,
        "results": [*kept(document.get("results")), *(again.get("results") or ())],
        "errors": [*kept(document.get("errors")), *(again.get("errors") or ())],
    }


def _is_own(result: Any) -> bool:
    return isinstance(result, Mapping) and str(result.get("check_id", "")).startswith(_PREFIX)


def _is_own_error(error: Any) -> bool:
    return isinstance(error, Mapping) and _PREFIX in str(error.get("rule_id", ""))


_DESTRUCTURED_NAME = "$TRACE_NAME"


def _metavariables(pattern: str) -> str:
    """A language's parameter-source pattern with metavariables that cannot meet a rule's."""
    names = {"$M": _HELPER, "$P": _PARAMETER, "$PT": "$TRACE_TYPE", "$T": "$TRACE_TYPE"}
    return re.sub(r"\$(?:PT|RT|M|P|T)\b", lambda m: names.get(m.group(), "$TRACE_RETURN"), pattern)


def _parameter_source(language: Language, names: Iterable[str]) -> dict[str, Any]:
    """A taint source: the parameters of the named helpers that may carry taint, with the
    helper's and the parameter's names bound for the message."""
    forms = [{"pattern-inside": _metavariables(f)} for f in language.parameter_sources()]
    helpers = {
        "metavariable-regex": {
            "metavariable": _HELPER,
            "regex": "^(" + "|".join(map(re.escape, sorted(set(names)))) + ")$",
        }
    }
    source: list[dict[str, Any]] = [
        forms[0] if len(forms) == 1 else {"pattern-either": forms},
        helpers,
    ]
    if language.name in INERT_TYPES:
        inert = INERT_TYPES[language.name]
        source.append(
            {"metavariable-regex": {"metavariable": "$TRACE_TYPE", "regex": f"^(?!{inert}$)"}}
        )
    if language.name in INERT_NAMES:
        inert = INERT_NAMES[language.name]
        source.append(
            {"metavariable-regex": {"metavariable": _PARAMETER, "regex": f"^(?!{inert}$)"}}
        )
    source.append({"focus-metavariable": _PARAMETER})
    alternatives: list[dict[str, Any]] = [{"patterns": source}]
    if language.name in ("javascript", "typescript"):
        alternatives.append(_defaulted_destructuring(forms, helpers))
    if language.name == "python":
        typed: list[Any] = [
            {"pattern-inside": f"def {_HELPER}(..., {_PARAMETER}: $TRACE_TYPE, ...): ..."}
        ]
    elif language.name == "typescript":
        typed = [
            {"pattern-inside": _metavariables(f.replace("$P,", "$P: $T,"))}
            for f in language.parameter_sources()
        ]
    elif language.name == "php":
        typed = [
            {"pattern-inside": _metavariables(f.replace("$P,", "$T $P,"))}
            for f in language.parameter_sources()
        ]
    else:
        return alternatives[0] if len(alternatives) == 1 else {"pattern-either": alternatives}
    # a parameter named like the request but annotated with another type (`req:
    # SearchRequest`, a dataclass; `req: ExportRequest`; PHP's `string $next`, not a
    # middleware's `Closure $next`) is data (helper_candidates.request_type)
    request = request_type(language)
    annotated = [
        typed[0] if len(typed) == 1 else {"pattern-either": typed},
        helpers,
        {
            "metavariable-regex": {
                "metavariable": _PARAMETER,
                "regex": f"^{INERT_NAMES[language.name]}$",
            }
        },
        {"metavariable-regex": {"metavariable": "$TRACE_TYPE", "regex": f"^(?!(?:{request})$)"}},
        {"focus-metavariable": _PARAMETER},
    ]
    return {"pattern-either": [*alternatives, {"patterns": annotated}]}


def _defaulted_destructuring(
    forms: list[dict[str, Any]], helpers: dict[str, Any]
) -> dict[str, Any]:
    """JavaScript's destructured parameter with a default (`listEvents(id, { search, status }
    = {})`): semgrep binds it as a parameter but does not taint the names it declares, so each
    use of one of them in the helper is the source. A name is recognised by its text within
    the parameter's (three characters at least, so that a short local is not taken for one)."""
    return {
        "patterns": [
            forms[0] if len(forms) == 1 else {"pattern-either": forms},
            helpers,
            {"metavariable-regex": {"metavariable": _PARAMETER, "regex": r"(?s)^[{\[].*[}\]]\s*="}},
            {"pattern": _DESTRUCTURED_NAME},
            {
                "metavariable-regex": {
                    "metavariable": _DESTRUCTURED_NAME,
                    "regex": r"^[A-Za-z_$][\w$]{2,}$",
                }
            },
            {
                "metavariable-comparison": {
                    "comparison": f"str({_DESTRUCTURED_NAME}) in str({_PARAMETER})"
                }
            },
        ]
    }


def _parameter_rules(
    candidates: Mapping[str, Mapping[str, set[str]]], by_id: Mapping[str, Mapping[str, Any]]
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for rule_id, paths in sorted(candidates.items()):
        rule = by_id[rule_id]
        language = language_of(next(iter(paths)))
        assert language is not None
        names = {n for helpers in paths.values() for n in helpers}
        out.append(
            _derived(
                rule,
                f"{_PREFIX}{rule_id}",
                language,
                sorted(paths),
                # the rule's message and metadata: a finding here becomes the rule's
                message=f"{rule.get('message', '')}{_MARK}{_HELPER} {_PARAMETER}",
                sources=[_parameter_source(language, names)],
                sinks=copy.deepcopy(list(rule.get("pattern-sinks") or ())),
                keep_metadata=True,
            )
        )
    return out


def _derived(
    rule: Mapping[str, Any],
    rule_id: str,
    language: Language,
    paths: Sequence[str],
    *,
    message: str,
    sources: list[Any],
    sinks: list[Any],
    keep_metadata: bool,
) -> dict[str, Any]:
    """A taint rule derived from ``rule`` for ``paths``: its sanitizers, propagators and
    options, other sources and sinks."""
    # JavaScript and TypeScript files share their rules
    languages = sorted({found.name for p in paths if (found := language_of(p)) is not None})
    derived: dict[str, Any] = {
        "id": rule_id,
        "mode": "taint",
        "languages": languages or [language.name],
        "severity": rule.get("severity", "WARNING"),
        "message": message,
        "pattern-sources": sources,
        "pattern-sinks": sinks,
        "paths": {"include": include_only(paths)},
    }
    kept = ("pattern-sanitizers", "pattern-propagators", "options")
    for key in (*kept, "metadata") if keep_metadata else kept:
        if key in rule:
            derived[key] = copy.deepcopy(rule[key])
    return derived


def _call_rules(
    variants: Mapping[tuple[str, frozenset[Parameter], tuple[str, ...]], list[str]],
    by_id: Mapping[str, Mapping[str, Any]],
    label: str,
) -> tuple[list[dict[str, Any]], dict[str, tuple[str, frozenset[Parameter]]]]:
    rules: list[dict[str, Any]] = []
    back: dict[str, tuple[str, frozenset[Parameter]]] = {}
    # sorted by value, not by set order, so a scan's rules are the same run after run
    ordered = sorted(
        variants.items(),
        key=lambda item: (item[0][0], sorted(map(_order, item[0][1])), item[0][2]),
    )
    for number, ((rule_id, parameters, classes), paths) in enumerate(ordered):
        language = language_of(paths[0])
        assert language is not None
        rule = by_id[rule_id]
        sinks: list[dict[str, Any]] = []
        for parameter in sorted(parameters, key=_order):
            forms = _call_forms(parameter, classes, language)
            arguments = _arguments(parameter, language)
            sinks.append(
                {
                    "patterns": [
                        {
                            "pattern-either": [
                                written
                                for form in forms
                                for given in arguments
                                if (written := _with_arguments(form, parameter.helper, given))
                                is not None
                            ]
                        },
                        {"focus-metavariable": _ARGUMENT},
                    ]
                }
            )
        calls = _derived(
            rule,
            f"{_PREFIX}{label}.{number}",
            language,
            paths,
            # a parameter source names its helper and parameter; the rule's own leave the
            # message as written (see _source_of)
            message=f"call{_MARK}{_HELPER} {_PARAMETER}",
            sources=[
                *copy.deepcopy(list(rule.get("pattern-sources") or ())),
                _parameter_source(language, (p.helper for p in parameters)),
            ],
            sinks=sinks,
            keep_metadata=False,
        )
        rules.append(calls)
        back[calls["id"]] = (rule_id, parameters)
    return rules, back


def _call_forms(parameter: Parameter, classes: Sequence[str], language: Language) -> list[Any]:
    """The calls that may reach the helper: in the forms of ``same_file`` in its own file;
    from another file, as ``call_forms`` reads them."""
    if not parameter.home:
        forms = language.call_patterns(parameter.helper, classes, parameter.reach)
        if language.name == "python":
            # a function of the file handed to an executor or a queue (`pool.submit(_export,
            # name)`, `pool.submit(self._export, name)`)
            receiver = "self" if parameter.reach.is_method else ""
            forms = [*forms, *_handed(parameter.helper, receiver)]
        return forms
    return call_forms(parameter.helper, parameter.receiver, language)


def call_forms(helper: str, receiver: str, language: Language) -> list[Any]:
    """The patterns of a call of another file's ``helper`` on ``receiver``, the word
    helper_links resolved to its file: a bare call (""), one on a value constructed in place
    (``Type()``), or on the word itself, also as a field (``this.repo``, ``self.repo``, Go's
    ``p.Store``); in Python, also the function handed to a thread, an executor or a task
    queue that calls it with the arguments after it (``_handed``)."""
    if language.name == "python" and not receiver.endswith("()"):
        return [*_direct_call_forms(helper, receiver, language), *_handed(helper, receiver)]
    return _direct_call_forms(helper, receiver, language)


def _handed(helper: str, receiver: str) -> list[Any]:
    """Python: ``helper`` (on ``receiver``) handed over with its arguments, written with
    ``_ARGUMENTS`` where they go (``_with_arguments``)."""
    callee = f"$TRACE_RECEIVER.{helper}" if receiver else helper
    forms: list[Any] = [
        f"$TRACE_RUNNER.{name}({'$TRACE_FIRST, ' * at}{callee}, {_ARGUMENTS})"
        for name, at in HANDED_TO.items()
    ]
    forms += [f"{name}({callee}, {_ARGUMENTS})" for name, at in HANDED_TO.items() if not at]
    forms += [
        f"{callee}.delay({_ARGUMENTS})",
        f"{callee}.apply_async(..., args=[{_ITEMS}], ...)",
        f"{callee}.apply_async(..., args=({_ITEMS}), ...)",
        f"{callee}.apply_async([{_ITEMS}], ...)",
        f"{callee}.apply_async(({_ITEMS}), ...)",
    ]
    if not receiver:
        return [{"pattern": form} for form in forms]
    # RQ: the function of a module by its dotted path (`enqueue("crew.gateway.ping", host)`)
    dotted = f'"=~/^(?:\\w+\\.)*{re.escape(receiver)}\\.{re.escape(helper)}$/"'
    by_path = [
        f"$TRACE_RUNNER.{name}({'$TRACE_FIRST, ' * at}{dotted}, {_ARGUMENTS})"
        for name, at in HANDED_TO.items()
        if name.startswith("enqueue") and receiver != "self"
    ]
    return [
        {
            "patterns": [
                {"pattern": form},
                {
                    "metavariable-regex": {
                        "metavariable": "$TRACE_RECEIVER",
                        "regex": rf"^(?:[\w$]+\.)*{re.escape(receiver)}$",
                    }
                },
            ]
        }
        for form in forms
    ] + [{"pattern": form} for form in by_path]


def _direct_call_forms(helper: str, receiver: str, language: Language) -> list[Any]:
    if not receiver:
        return [{"pattern": f"{helper}(...)"}]
    if receiver.endswith("()"):  # a value constructed in place: `new T(...).f(`
        constructor = (
            "new $TRACE_RECEIVER" if language.name in _NEW_LANGUAGES else "$TRACE_RECEIVER"
        )
        typed = re.escape(receiver[:-2])
        # PHP wraps it, and calls with `->`: `(new CheckoutModel())->renewals(`
        called = [
            f"({constructor}(...))->{helper}(...)"
            if language.name == "php"
            else f"{constructor}(...).{helper}(...)"
        ]
        if language.name in _NEW_LANGUAGES:
            # or what an accessor returns (helper_links' `_ACCESSORS`):
            # `$this->services->reports()->renderPoster(`, `locator.reports().render(`
            arrow = "->" if language.name == "php" else "."
            called += [
                f"$TRACE_OWNER{arrow}$TRACE_RECEIVER(){arrow}{helper}(...)",
                f"$TRACE_RECEIVER(){arrow}{helper}(...)",
            ]
            if language.name == "php":
                called.append(f"$TRACE_OWNER::$TRACE_RECEIVER()->{helper}(...)")
        return [
            {
                "patterns": [
                    {"pattern-either": [{"pattern": form} for form in called]},
                    {
                        "metavariable-regex": {
                            "metavariable": "$TRACE_RECEIVER",
                            "regex": rf"^(?:[\w$]+\.)*{typed}$",
                        }
                    },
                ]
            }
        ]
    if language.name == "php":
        # `$orders->find(`, `$this->orders->find(`, `OrderRepository::find(` (not for a
        # method named by a reserved word: PHP_KEYWORDS)
        word = re.escape(receiver.removeprefix("$"))
        operators = ("->",) if helper.lower() in PHP_KEYWORDS else ("->", "::")
        return [
            {
                "patterns": [
                    {
                        "pattern-either": [
                            {"pattern": f"$TRACE_RECEIVER{operator}{helper}(...)"}
                            for operator in operators
                        ]
                    },
                    {
                        "metavariable-regex": {
                            "metavariable": "$TRACE_RECEIVER",
                            "regex": rf"^(?:[\w$\\]+(?:->|::))*\$?(?:\\?[\w]+\\)*{word}$",
                        }
                    },
                ]
            }
        ]
    return [
        {
            "patterns": [
                {"pattern": f"$TRACE_RECEIVER.{helper}(...)"},
                {
                    "metavariable-regex": {
                        "metavariable": "$TRACE_RECEIVER",
                        "regex": rf"^(?:[\w$]+\.)*{re.escape(receiver)}$",
                    }
                },
            ]
        }
    ]


def _order(parameter: Parameter) -> tuple[Any, ...]:
    reach = parameter.reach
    return (
        parameter.home,
        parameter.helper,
        parameter.index,
        parameter.arity,
        parameter.name,
        reach.is_method,
        reach.owners,
    )


def _arguments(parameter: Parameter, language: Language) -> list[str]:
    """The argument lists of a call that passes the tainted value as ``parameter``."""
    if parameter.index < 0:  # Python's keyword-only parameter
        return [f"..., {parameter.name}={_ARGUMENT}, ..."]
    before = [f"$TRACE_A{i}" for i in range(parameter.index)]
    if parameter.arity < 0:
        given = [", ".join([*before, _ARGUMENT, "..."])]
        if language.name == "python":
            given.append(f"..., {parameter.name}={_ARGUMENT}, ...")
        return given
    after = [f"$TRACE_A{i}" for i in range(parameter.index + 1, parameter.arity)]
    return [", ".join([*before, _ARGUMENT, *after])]


def _with_arguments(form: Any, helper: str, arguments: str) -> Any:
    """A call pattern of ``same_file`` (``name(...)``) with its arguments written out, or a
    handed call's (``_handed``) where it marks them; None when they cannot be written there."""
    if isinstance(form, str):
        if _ARGUMENTS in form:
            return form.replace(_ARGUMENTS, arguments)
        if _ITEMS in form:  # a list or tuple: no keyword there, and a 1-tuple's comma
            if "=" in arguments:
                return None
            one = "," not in arguments and "(" + _ITEMS in form
            return form.replace(_ITEMS, arguments + ("," if one else ""))
        end = f"{helper}(...)"
        return form[: -len(end)] + f"{helper}({arguments})" if form.endswith(end) else form
    if isinstance(form, Mapping):
        written = {k: _with_arguments(v, helper, arguments) for k, v in form.items()}
        return None if None in written.values() else written
    if isinstance(form, list):
        items = [_with_arguments(v, helper, arguments) for v in form]
        return None if None in items else items
    return form


def _place(result: Mapping[str, Any]) -> tuple[str, str, int, int]:
    return (
        str(result.get("check_id", "")),
        str(result.get("path", "")),
        offset_of(result.get("start")),
        offset_of(result.get("end")),
    )


@dataclass(frozen=True, slots=True)
class _Call:
    callee: str
    receiver: str  # the word before the callee's dot, "" for a bare call
    position: int | str  # the argument's index, or its keyword
    arity: int  # how many arguments the call passes
    argument_type: str = ""  # Java: the declared type of an argument that is a variable

    def passes(self, parameter: Parameter) -> bool:
        return (
            self.callee == parameter.helper
            and (not parameter.home or self.receiver == parameter.receiver)
            and self.position in (parameter.index, parameter.name)
            and _same_definition(self.arity, parameter.arity)
            and not other_overload(self.argument_type, parameter)
        )


# what a cast's parentheses hold: one type name (`string`, `int`, `\\App\\Dto`, `List<int>`)
_CAST_TYPE = re.compile(r"\s*[A-Za-z_\\][\w\\.]*(?:<[\w\s,.<>]*>)?(?:\[\])*\s*")
# PHP calls on `->` and `::`
_CALLEE = re.compile(
    r"(?:(?P<receiver>[A-Za-z_$][\w$]*)\s*(?:\.|->|::)\s*)?(?P<name>[A-Za-z_$][\w$]*)\s*$"
)
# languages that construct with `new` (Python and Go call the type or its constructor function)
_NEW_LANGUAGES = frozenset({"java", "javascript", "typescript", "csharp", "php"})


def _call_at(text: str, at: int, *, java: bool = False) -> _Call | None:
    """The call one of whose arguments starts at ``at`` (``java``: with the argument's
    declared type, which tells same-arity overloads apart)."""
    index = _opening_bracket(text, at)
    while index >= 0:
        if text[index] != "(":
            return _queued_items(text, index, at) if text[index] == "[" else None
        callee = _CALLEE.search(text[max(0, index - 200) : index])
        if callee is None:
            queued = _queued_items(text, index, at)
            if queued is not None:
                return queued
            # a cast's parenthesis (`(string) $request->get('ref')`): semgrep's range of a PHP
            # cast starts at its type, inside it; the argument goes on
            if _CAST_TYPE.fullmatch(text[index + 1 : closing_paren(text, index)]):
                index = _opening_bracket(text, index)
                continue
            return None
        receiver = callee.group("receiver") or ""
        if not receiver:
            name_at = max(0, index - 200) + callee.start("name")
            receiver = constructed_receiver(text, name_at)
        listed = text[index + 1 : closing_paren(text, index)]
        parts = top_level_parts(listed, generics=False)
        handed = _handed_call(text, index, callee.group("name"), listed, parts, at)
        if handed is not None:
            return handed
        keyword = _KEYWORD_BEFORE.search(text[max(0, at - 200) : at])
        if keyword is not None:
            return _Call(callee.group("name"), receiver, keyword.group(1), len(parts))
        offset = at - index - 1
        for position, (start, end) in enumerate(parts):
            if start <= offset < end:
                argument = listed[start:end].strip()
                return _Call(
                    callee.group("name"),
                    receiver,
                    position,
                    len(parts),
                    declared_type(text, at, argument) if java else "",
                )
        return None
    return None


def _opening_bracket(text: str, at: int) -> int:
    """Where the bracket that holds offset ``at`` opens (the nearest unclosed one before it);
    -1 when none does."""
    depth = 0
    index = at - 1
    while index >= 0:
        char = text[index]
        if char in ")]}":
            depth += 1
        elif char in "([{":
            if depth == 0:
                return index
            depth -= 1
        index -= 1
    return -1


# `tasks.notify.delay(` before its parenthesis: the task and the word it is called on
_QUEUED_TASK = re.compile(
    rf"(?:(?P<receiver>[A-Za-z_]\w*)\s*\.\s*)?(?P<name>[A-Za-z_]\w*)\s*\.\s*"
    rf"(?:{'|'.join(sorted(QUEUED_BY))})\s*$"
)
_ITEMS_OF = re.compile(r"\bargs\s*=\s*$")
# an argument's keyword, before it: `f(a, name=`
_KEYWORD_BEFORE = re.compile(r"(?:^|[(,\s])([A-Za-z_]\w*)\s*=\s*$")
# the function handed over: `parse`, `directory.lookup`, RQ's `"crew.directory.lookup"`
_HANDED_FUNCTION = re.compile(r"(?:(?P<receiver>[A-Za-z_]\w*)\s*\.\s*)?(?P<name>[A-Za-z_]\w*)")
_HANDED_PATH = re.compile(r"[\"'](?:\w+\.)*(?P<receiver>\w+)\.(?P<name>\w+)[\"']")


def _handed_call(
    text: str, paren: int, callee: str, listed: str, parts: Sequence[tuple[int, int]], at: int
) -> _Call | None:
    """Python: the call of a function handed over (``_handed``) whose argument starts at
    ``at``, when the call whose parenthesis is at ``paren`` hands one over."""
    offset = at - paren - 1
    position = next((i for i, (s, e) in enumerate(parts) if s <= offset < e), -1)
    # an argument passed by keyword (`notify.delay(url=target)`) is passed by that keyword
    keyword = _KEYWORD_BEFORE.search(text[max(0, at - 200) : at])
    handed_at = HANDED_TO.get(callee)
    if handed_at is not None and handed_at < position:
        start, end = parts[handed_at]
        handed = listed[start:end].strip()
        function = _HANDED_FUNCTION.fullmatch(handed) or _HANDED_PATH.fullmatch(handed)
        if function is None:
            return None
        shift = handed_at + 1
        receiver = function.group("receiver") or ""
        passed = keyword.group(1) if keyword is not None else position - shift
        return _Call(function.group("name"), receiver, passed, len(parts) - shift)
    if callee in QUEUED_BY:
        task = _QUEUED_TASK.search(text[max(0, paren - 200) : paren])
        if task is not None:
            passed = keyword.group(1) if keyword is not None else position
            return _Call(task.group("name"), task.group("receiver") or "", passed, len(parts))
    return None


def _queued_items(text: str, bracket: int, at: int) -> _Call | None:
    """Python: the call of a Celery task whose arguments ``apply_async`` is given as a list or
    tuple (``[`` or ``(`` at ``bracket``, its first argument or ``args=``), one of which
    starts at ``at``."""
    closer = "]" if text[bracket] == "[" else ")"
    end = closing_bracket(text, bracket)
    if end >= len(text) or text[end] != closer:
        return None
    listed = text[bracket + 1 : end]
    parts = top_level_parts(listed, generics=False)
    offset = at - bracket - 1
    position = next((i for i, (s, e) in enumerate(parts) if s <= offset < e), -1)
    head = text[max(0, bracket - 200) : bracket]
    keyword = _ITEMS_OF.search(head)
    opener = bracket - 1
    if keyword is not None:  # `args=[...]`: the call's parenthesis is further back
        opener = _opening_bracket(text, max(0, bracket - 200) + keyword.start())
    else:  # the first argument: nothing but space before it
        while opener >= 0 and text[opener].isspace():
            opener -= 1
    if position < 0 or opener < 0 or text[opener] != "(":
        return None
    task = _QUEUED_TASK.search(text[max(0, opener - 200) : opener])
    if task is None or not task.group(0).rstrip().endswith("apply_async"):
        return None
    return _Call(task.group("name"), task.group("receiver") or "", position, len(parts))


def _finding(
    rule_id: str, calls: Sequence[Mapping[str, Any]], sink: Mapping[str, Any]
) -> dict[str, Any]:
    """The helper's sink finding, reported for the rule, with one trace: the caller's source
    and steps up to its call, each helper's parameter and steps up to the next call, then
    the last helper's steps to the sink."""
    extra = dict(sink.get("extra") or {})
    extra["message"] = str(extra.get("message", "")).rpartition(_MARK)[0]
    inner = extra.get("dataflow_trace")
    traces = _traces(calls)
    if traces is not None and isinstance(inner, Mapping):
        extra["dataflow_trace"] = _joined_trace([*traces, inner])
    return {**sink, "check_id": rule_id, "extra": extra}


def _traces(calls: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]] | None:
    """The dataflow trace of each call of a chain; None when one has none."""
    traces = [
        t for c in calls if isinstance(t := (c.get("extra") or {}).get("dataflow_trace"), Mapping)
    ]
    return traces if len(traces) == len(calls) else None


def _joined_trace(traces: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One trace of traces that hand on to each other: the first's source, every step (each
    hand-over a step of its own), the last's sink."""
    steps: list[Any] = []
    for number, trace in enumerate(traces):
        if number:  # a helper's parameter, handed on
            steps.extend(_as_step(trace.get("taint_source")))
        steps.extend(trace.get("intermediate_vars") or ())
        if number < len(traces) - 1:
            steps.extend(_as_step(trace.get("taint_sink")))
    return {
        "taint_source": traces[0].get("taint_source"),
        "intermediate_vars": steps,
        "taint_sink": traces[-1].get("taint_sink"),
    }


def _built(call: Mapping[str, Any], text: str | None) -> bool:
    """Whether the argument a call rule found is built at the call (a concatenation, a
    format, an interpolated string), not handed on as a value: where a query is built is
    its flaw."""
    return text is not None and _BUILT.search(_held(call, text)) is not None


def _held(result: Mapping[str, Any], text: str) -> str:
    """The text a result spans in its file's ``text``."""
    start = char_offset(text, offset_of(result.get("start")))
    return text[start : char_offset(text, offset_of(result.get("end")))]


# text built in an argument: `+`, `%`, `.` (PHP) between parts, a format call, an
# interpolated string (Python f-strings, JS/TS `${}`, C# `$"{}"`, PHP `"$x"`)
_BUILT = re.compile(
    r"""["'`]\s*(?:\+|%|\.)|(?:\+|%|\.)\s*["'`]|\b[fF]["']|\$\{|\$"|\$@"|"[^"\n]*\$\w"""
    r"""|[\w)\]]\s*\+\s*[\w(]|\.format\(|\b(?:Sprintf|sprintf|format)\(|\.concat\("""
)


def _finding_at_call(
    rule_id: str, calls: Sequence[Mapping[str, Any]], sink: Mapping[str, Any]
) -> dict[str, Any]:
    """The rule's finding at the last call of the chain, the one that hands the value to a
    helper whose sink takes it as it is (``_passed_through``), with the trace up to there."""
    extra = dict(sink.get("extra") or {})
    extra["message"] = str(extra.get("message", "")).rpartition(_MARK)[0]
    traces = _traces(calls)
    if traces is not None:
        extra["dataflow_trace"] = _joined_trace(traces)
    else:
        extra.pop("dataflow_trace", None)
    return {**calls[-1], "check_id": rule_id, "extra": extra}


def _as_step(end: Any) -> list[dict[str, Any]]:
    # a trace's source or sink ("CliLoc", [location, text]) as an intermediate step
    if isinstance(end, list) and len(end) == 2 and isinstance(end[1], list) and end[1]:
        return [{"location": end[1][0]}]
    return []
