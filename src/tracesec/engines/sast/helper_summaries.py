"""Helpers of other files whose result never carries taint: a validator in a utility class
that returns its input only once it matched a strict pattern, an escaping function in a
module of its own. A finding whose taint path calls one is judged again with the call as a
sanitizer, as summaries.py does inside the run for helpers of the finding's own file.

This runs after the run, over every finding, cached or fresh, because its answer depends on
more than one file: a caller's entry in the cache keeps the findings semgrep gave the file
alone, and what the helpers of other files clear is stored under every file it read
(``cached.summaries_key``).

1. **Questions.** For each finding of a plain taint rule, the calls on the lines of its path
   in its own file (source, steps, sink) that helper_links resolves to helpers of other files
   (``Index.calls_on``): one question per (file, rule).
2. **Summaries** of those helpers in their own files (``summaries.clean_helpers``): a helper
   is clean when none of its returns carries its parameters' or the rule's taint. They
   depend on the helper's file alone, and are kept by its content (``SummaryStore``).
3. **Re-run.** The rule again over the questions' files, with the calls of helpers clean in
   every file that may define them as sanitizers (``helper_sinks.call_forms``). A finding the
   re-run no longer reports at its lines is cleared.

Conservative by construction: a helper that calls another, reads a field, or cannot be
summarised is not clean; a name one of its possible files does not clear is not clean; a
file the re-run could not analyse, or a failed run, clears nothing.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from tracesec.engines.model import Finding
from tracesec.engines.sast import helper_sinks, summaries
from tracesec.engines.sast.helper_links import Index
from tracesec.engines.sast.results import DATAFLOW
from tracesec.engines.sast.same_file import (
    Reach,
    RunRules,
    include_only,
    language_of,
    plain_taint_rule,
)

logger = logging.getLogger(__name__)

_VARIANT_SUFFIX = ".trace-helper-summaries-"

# a finding's place among those of its rule in its file: its first and last line
Span = tuple[int, int]


@dataclass(frozen=True, order=True)
class Call:
    """A call on a finding's path of a helper of another file."""

    receiver: str  # as helper_links reads it: "" for a bare call
    name: str
    homes: tuple[str, ...]  # the files that may define it


@dataclass(frozen=True, order=True)
class Question:
    """Which of a file's findings of one rule the helpers of other files clear."""

    path: str  # as semgrep prints it
    rule_id: str
    calls: tuple[Call, ...]
    # the findings are chains through a helper's parameter (helper_sinks' linked findings):
    # the re-run reads the file's parameters as sources too
    parameters: bool = False

    def files(self) -> list[str]:
        """Every file the answer depends on: the caller's and its helpers'."""
        return sorted({self.path, *(home for call in self.calls for home in call.homes)})


def questions(
    findings: Sequence[tuple[str, Finding]],
    by_id: Mapping[str, Mapping[str, Any]],
    index: Index,
    *,
    parameters: bool = False,
) -> dict[Question, list[Finding]]:
    """The questions ``findings`` ((path as semgrep prints it, finding)) raise, each with the
    findings it may clear; ``parameters``: the findings start at a helper's parameter."""
    calls: dict[tuple[str, str], set[Call]] = {}
    # calls whose arguments hold a finding's sink (`fetch(url)`, a helper taking a URL): a
    # sanitizer covers what it matches, arguments too, so it would hide the sink itself
    holding: dict[tuple[str, str], set[tuple[str, str]]] = {}
    asked: dict[tuple[str, str], list[Finding]] = {}
    for printed, finding in findings:
        rule = by_id.get(finding.rule_id)
        language = language_of(printed)
        if rule is None or language is None or not plain_taint_rule(rule, language):
            continue
        found = [Call(r, n, h) for r, n, h in index.calls_on(printed, _path_lines(finding))]
        if found:
            key = (printed, finding.rule_id)
            calls.setdefault(key, set()).update(found)
            text, starts = index.text(printed) or "", index.line_starts(printed)
            holding.setdefault(key, set()).update(_holding_sink(text, starts, finding, found))
            asked.setdefault(key, []).append(finding)
    out: dict[Question, list[Finding]] = {}
    for key in sorted(asked):
        kept = sorted(c for c in calls[key] if (c.receiver, c.name) not in holding[key])
        if kept:
            out[Question(key[0], key[1], tuple(kept), parameters)] = asked[key]
    return out


def _holding_sink(
    text: str, starts: Sequence[int], finding: Finding, calls: Sequence[Call]
) -> set[tuple[str, str]]:
    """(receiver, name) of the calls among ``calls`` whose parentheses hold the finding's
    span (``summaries.names_holding``); ``starts``: where each line of ``text`` starts."""
    location = finding.location
    if not 0 < location.start_line <= location.end_line <= len(starts):
        return {(c.receiver, c.name) for c in calls}  # not understood: none of them
    start = starts[location.start_line - 1] + location.start_column - 1
    end = starts[location.end_line - 1] + location.end_column - 1
    held = summaries.names_holding(text, start, end, {c.name for c in calls})
    return {(c.receiver, c.name) for c in calls if c.name in held}


def _path_lines(finding: Finding) -> set[int]:
    """The lines of the finding's taint path in its own file, and its own lines."""
    location = finding.location
    lines = set(range(location.start_line, location.end_line + 1))
    for step in finding.extra.get(DATAFLOW) or ():
        if isinstance(step, Mapping) and step.get("path") == location.path:
            line = step.get("line")
            if isinstance(line, int):
                lines.add(line)
    return lines


class SummaryStore(Protocol):
    """Where a helper file's summary for a rule is kept between scans (by its content): a
    caller that changes does not summarise its helpers again."""

    def get(self, home: str, rule_id: str) -> dict[str, Reach] | None: ...

    def put(self, home: str, rule_id: str, clean: Mapping[str, Reach]) -> None: ...


def answer(
    asked: Mapping[Question, Sequence[Finding]],
    by_id: Mapping[str, Mapping[str, Any]],
    index: Index,
    run: RunRules,
    store: SummaryStore | None = None,
) -> dict[Question, set[Span]]:
    """The spans of each question's findings that the helpers of other files clear (two
    semgrep runs at most: none for the summaries ``store`` holds). A question left out has
    no answer (a run failed): it clears nothing, and is asked again next time."""
    if not asked:
        return {}
    cleaning: dict[tuple[str, str], dict[str, Reach]] = {}
    fired: dict[str, set[str]] = {}
    # each (helper file, rule) once: many callers share their helpers
    needed = {(h, q.rule_id) for q in asked for call in q.calls for h in call.homes}
    for home, rule_id in sorted(needed):
        known = store.get(home, rule_id) if store is not None else None
        if known is not None:
            cleaning[(home, rule_id)] = known
        else:
            fired.setdefault(home, set()).add(rule_id)
    if fired:
        texts = {path: index.text(path) for path in fired}
        fresh = summaries.clean_helpers(fired, by_id, run, texts)
        if fresh is None:
            return {}
        for (home, rule_id), names in fresh.items():
            if store is not None:
                store.put(home, rule_id, names)
            cleaning[(home, rule_id)] = names
    out: dict[Question, set[Span]] = {}
    # questions of one rule that clear the same calls share a variant (BenchmarkJava's
    # servlets call the same helpers)
    grouped: dict[tuple[str, tuple[Call, ...], bool], list[Question]] = {}
    for question in sorted(asked):
        clean = tuple(
            call
            for call in question.calls
            if all(call.name in cleaning.get((home, question.rule_id), {}) for home in call.homes)
        )
        if clean:
            grouped.setdefault((question.rule_id, clean, question.parameters), []).append(question)
        else:
            out[question] = set()  # nothing to clear: an answer too
    if not grouped:
        return out
    variants: list[dict[str, Any]] = []
    back: dict[str, list[Question]] = {}
    for (rule_id, clean, parameters), group in sorted(grouped.items()):
        variant = _variant(by_id[rule_id], group, clean, len(variants), parameters=parameters)
        variants.append(variant)
        back[variant["id"]] = group
    try:
        rerun = run({"rules": variants}, sorted({q.path for q in asked}))
    except Exception:
        logger.warning("sast.helper_summaries_failed", extra={"stage": "re-run"})
        return out
    failed = {str(e.get("path", "")) for e in rerun.get("errors") or () if isinstance(e, Mapping)}
    still: dict[tuple[str, str], set[Span]] = {}  # (variant, path) -> spans still reported
    for result in rerun.get("results") or ():
        if isinstance(result, Mapping):
            spans = still.setdefault((str(result.get("check_id")), str(result.get("path"))), set())
            spans.add((_line(result.get("start")), _line(result.get("end"))))
    for variant_id, group in back.items():
        for question in group:
            if question.path not in failed:
                reported = {_span(f) for f in asked[question]}
                out[question] = reported - still.get((variant_id, question.path), set())
    return out


def _variant(
    rule: Mapping[str, Any],
    questions: Sequence[Question],
    clean: Sequence[Call],
    number: int,
    *,
    parameters: bool = False,
) -> dict[str, Any]:
    """The rule over the questions' files, with calls of the clean helpers as sanitizers (and
    where ``parameters``, every function's parameters as sources: a chain through a helper
    stays reported unless each of its parameters' paths to the sink is cleared)."""
    language = language_of(questions[0].path)
    assert language is not None
    variant = copy.deepcopy(dict(rule))
    variant["id"] = f"{rule['id']}{_VARIANT_SUFFIX}{number}"
    if parameters:
        variant["pattern-sources"] = [
            *(variant.get("pattern-sources") or ()),
            *language.every_parameter(),
        ]
    forms = [form for c in clean for form in helper_sinks.call_forms(c.name, c.receiver, language)]
    variant["pattern-sanitizers"] = [
        *(variant.get("pattern-sanitizers") or ()),
        {"pattern-either": forms},
    ]
    variant["paths"] = {"include": include_only([q.path for q in questions])}
    return variant


def _line(position: Any) -> int:
    return int(position.get("line", 0)) if isinstance(position, Mapping) else 0


def _span(finding: Finding) -> Span:
    return finding.location.start_line, finding.location.end_line
