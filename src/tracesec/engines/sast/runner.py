"""Runs semgrep in the background so the orchestrator can work on other engines meanwhile.

``start()`` returns at once; ``SastRun.wait()`` hands back an ``EngineOutcome``. One wall-clock
deadline covers every batch; on expiry or ``cancel()`` the whole process group is killed.
Failures are reported in the outcome (``ok=False`` with a message in our own words), never
raised, so the other engines' results survive.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import os
import re
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import Any

from tracesec.engines.model import (
    Coverage,
    CoverageStatus,
    Engine,
    EngineOutcome,
    EngineStatus,
    Finding,
    ScanConfig,
    TargetFile,
)
from tracesec.engines.progress import FileCounter
from tracesec.engines.redaction import redact_detected
from tracesec.engines.resultcache import ResultCache, open_cache
from tracesec.engines.sast import (
    cached,
    helper_links,
    helper_sinks,
    helper_summaries,
    semgrep_view,
    summaries,
    weak_guards,
)
from tracesec.engines.sast.command import (
    RULES_DIR,
    address_space_mb,
    base_argv,
    bundled_rules,
    clean_env,
    jobs_for,
    limits_preexec,
    pack_for,
    rules_digest,
    semgrep_core,
)
from tracesec.engines.sast.core_output import read_document
from tracesec.engines.sast.core_targets import write_run
from tracesec.engines.sast.results import (
    ParsedOutput,
    TargetIndex,
    parse_output,
    without_yielded,
)
from tracesec.engines.sast.scope import SKIP_REASON as TEST_CODE_REASON
from tracesec.engines.sast.scope import is_test_code
from tracesec.engines.secrets.engine import default_matcher

logger = logging.getLogger(__name__)

__all__ = ["RULES_DIR", "SastRun", "rules_digest", "start"]

_MAX_OUTPUT_BYTES = 512 * 1024 * 1024
# a guard helper sits in a hand-written file: larger ones are data or generated code
_MAX_GUARD_FILE = 256 * 1024


class _RunFailed(Exception):
    """A whole semgrep invocation failed; the message is ours and safe to show."""


def _semgrep_version() -> str:
    try:
        return metadata.version("semgrep")
    except metadata.PackageNotFoundError:
        return "unknown"


_NONE = cached.Remembered([], set())


@dataclasses.dataclass(frozen=True)
class _Across:
    """What the scan reads across files before its run (``SastRun._links``)."""

    links: helper_links.Links  # the links the run follows
    pending: dict[str, set[str]]  # the keys their findings go under, each with its files
    linked: list[Finding]  # found through helpers of other files, from the cache
    known: cached.Split  # the targets, without the linked files to analyse again
    tree: str  # the tree's entry ("" without a cache)
    remembered: cached.Remembered  # the tree's groups; what was cleared, when unchanged
    # every target as the links read them; None for an unchanged tree (nothing read)
    files: helper_links.Index | None


class SastRun:
    """A semgrep scan in progress."""

    def __init__(self, root: Path, files: Sequence[TargetFile], config: ScanConfig) -> None:
        self._root = root
        self._scan_root = root  # where semgrep runs: the root, or its mirror (semgrep_view.py)
        self._config = config
        # test code is left out unless asked for, and listed as skipped (sast/scope.py)
        self._targets: list[TargetFile] = []
        skipped: list[Coverage] = []
        for f in files:
            if pack_for(f.path) is None:
                continue
            if config.sast_test_code or not is_test_code(f.path):
                self._targets.append(f)
            else:
                skipped.append(
                    Coverage(Engine.SAST, f.path, CoverageStatus.SKIPPED, TEST_CODE_REASON)
                )
        self._test_code = tuple(skipped)
        self._packs = sorted({p for f in self._targets if (p := pack_for(f.path)) is not None})
        self._started = time.monotonic()
        self._deadline = self._started + max(1, config.sast_timeout_seconds)
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._outcome: EngineOutcome | None = None
        self._thread = threading.Thread(target=self._run, name="trace-sast", daemon=True)
        self._thread.start()

    # -- public -----------------------------------------------------------------------------

    def wait(self, timeout: float | None = None) -> EngineOutcome:
        """Blocks until semgrep is done (or the wall-clock deadline killed it)."""
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise TimeoutError("the SAST run is still in progress")
        assert self._outcome is not None
        return self._outcome

    def cancel(self) -> None:
        self._cancelled.set()
        self._kill()

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    # -- internals ----------------------------------------------------------------------------

    def _kill(self) -> None:
        with self._lock:
            proc = self._proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

    def _status(
        self, *, ok: bool, complete: bool, scanned: int, error: str, version: str
    ) -> EngineStatus:
        return EngineStatus(
            engine=Engine.SAST,
            ok=ok,
            complete=complete,
            files_scanned=scanned,
            seconds=round(time.monotonic() - self._started, 3),
            error=error,
            version=version,
        )

    def _run(self) -> None:
        try:
            outcome = self._scan()
            # policy skips: listed, but they do not make the run incomplete
            self._outcome = dataclasses.replace(
                outcome, coverage=(*outcome.coverage, *self._test_code)
            )
        except Exception:  # a bug of ours must not take the scan down with it
            logger.exception("sast.internal_error")
            self._outcome = EngineOutcome(
                status=self._status(
                    ok=False,
                    complete=False,
                    scanned=0,
                    error="The SAST engine failed unexpectedly; see the service log.",
                    version=f"semgrep {_semgrep_version()}",
                )
            )

    def _scan(self) -> EngineOutcome:
        digest = rules_digest()
        version = f"semgrep {_semgrep_version()}; rules {digest}"
        if not self._targets:
            return EngineOutcome(
                status=self._status(ok=True, complete=True, scanned=0, error="", version=version)
            )
        try:
            executable = semgrep_core()
        except FileNotFoundError:
            return EngineOutcome(
                status=self._status(
                    ok=False,
                    complete=False,
                    scanned=0,
                    error="semgrep is not installed.",
                    version=version,
                )
            )
        cache = open_cache(self._config.cache_dir, self._config.cache_max_bytes)
        known = cached.Split(findings=[], coverage=[], pending=[], unkeyed=list(self._targets))
        if cache is not None:
            timeout = self._config.sast_per_file_timeout_seconds
            known = cached.split(cache, self._targets, self._version, timeout)
        index = TargetIndex(self._targets, self._root)
        across = self._links(cache, known, index)
        links, pending, linked, known = across.links, across.pending, across.linked, across.known
        from_cache = known.findings
        to_run = [item.target for item in known.pending] + known.unkeyed
        counter = FileCounter(self._config, Engine.SAST, len(self._targets))
        counter.add(len(self._targets) - len(to_run), at_once=True)  # cached: done already
        parsed = ParsedOutput()
        if to_run:
            packs = sorted({p for t in to_run if (p := pack_for(t.path)) is not None})
            with tempfile.TemporaryDirectory(prefix="trace-sast-") as tmp:
                home = Path(tmp)
                rule_list = weak_guards.without_weak_guards(bundled_rules(packs), self._weak_guards)
                printed = [index.arg_for(t) for t in to_run]
                # semgrep reads a copy where what it misreads is rewritten (semgrep_view.py)
                self._scan_root = semgrep_view.mirror(self._root, printed, home / "tree")
                # taint through helpers' parameters: more rules for the same run
                # many files calling shared helpers (a servlet per file): their call rules wait
                # for the run to say which helpers' parameters reach a sink (see below)
                deferred = links.callers() > helper_links.CALLERS_IN_ONE_RUN
                helpers = helper_sinks.plan(
                    rule_list, printed, self._read_target, links, link_calls=not deferred
                )
                rules, targets = write_run([*rule_list, *helpers.rules], printed, home, "scan")
                argv = base_argv(executable, rules, targets, self._config)
                own: list[Mapping[str, Any]] = []  # the added rules' findings
                reported: list[Mapping[str, Any]] = []
                try:
                    document = self._invoke(argv, home, self._scan_root, rules)
                    lost = helpers.gave_up(document)
                    if lost:  # without the added rules, they may well finish
                        again = self._run_rules(executable, home, {"rules": rule_list}, lost)
                        document = helper_sinks.with_files_from(document, again, lost)
                    # the helpers' findings are judged with same-file summaries too: a
                    # parameter that reaches the sink only through a clean helper of its
                    # file (a path checked for containment) reaches no sink, and a call
                    # hands on no taint through a clean helper (`repo.list(order(sort))`)
                    document = summaries.refine(
                        document,
                        [*rule_list, *helpers.rules],
                        partial(self._run_rules, executable, home),
                        self._read_target,
                    )
                    if links:
                        own.extend(helper_sinks.own_results(document))
                    document = helpers.joined(document)
                    if self._cancelled.is_set():
                        raise _RunFailed("The SAST scan was cancelled.")
                    if links:
                        reported.extend(document.get("results") or ())
                    parse_output(document, index, parsed)
                    counter.add(len(printed))
                    complete = True  # every link followed: what is found may be stored
                    if links and deferred:
                        helpers, complete = self._later_calls(
                            executable, home, rule_list, links, helpers, own
                        )
                    if links:
                        # the linked files' credential literals, masked in trace steps too; the
                        # ordinals go on from the run's, so fingerprints in a file never repeat
                        through = ParsedOutput(literals=parsed.literals, ordinals=parsed.ordinals)
                        parse_output({"results": helpers.linked(own, reported)}, index, through)
                        fresh_links = _redacted(through.findings)
                        if cache is not None and complete and not parsed.engine_errors:
                            for key, paths in pending.items():
                                found = [f for f in fresh_links if f.location.path in paths]
                                cached.store_linked(cache, key, found)
                        linked = [*linked, *fresh_links]
                except _RunFailed as exc:
                    found = [*from_cache, *_redacted(parsed.findings)]
                    return self._stopped_outcome(
                        str(exc),
                        self._judged_only(cache, found, across, index),
                        (*known.coverage, *parsed.coverage.values()),
                        version,
                    )
        counter.finish()
        # Redaction comes first: what is cached is exactly what would be reported.
        fresh = _redacted(parsed.findings)
        if cache is not None and not parsed.engine_errors:
            cached.store(cache, known.pending, fresh, parsed.coverage)
        # what helpers of other files clear, of every file's findings, cached or not
        per_file = [*from_cache, *fresh]
        cleared = across.remembered.cleared
        if across.files is not None:
            cleared, unanswered = self._cleared(
                cache, per_file, across.files, index, executable=executable, linked=linked
            )
            if cache is not None and across.tree and not unanswered and not parsed.engine_errors:
                remembered = dataclasses.replace(across.remembered, cleared=cleared)
                cached.remember(cache, across.tree, remembered)
            if unanswered and self._stopped():  # while helpers were judged: as above
                return self._stopped_outcome(
                    "The SAST scan was cancelled."
                    if self._cancelled.is_set()
                    else self._timeout_message(),
                    [f for f in per_file + linked if _place(f) not in cleared | unanswered],
                    (*known.coverage, *parsed.coverage.values()),
                    version,
                )
        per_file = [f for f in per_file if _place(f) not in cleared]
        linked = [f for f in linked if _place(f) not in cleared]
        if parsed.version:
            version = f"semgrep {parsed.version}; rules {digest}"
        coverage = (*known.coverage, *parsed.coverage.values())
        failed = sum(1 for c in coverage if c.status is not CoverageStatus.SCANNED)
        error = "; ".join(sorted(set(parsed.engine_errors)))
        return EngineOutcome(
            status=self._status(
                ok=not parsed.engine_errors,
                complete=not coverage and not parsed.engine_errors,
                scanned=len(self._targets) - failed,
                error=error,
                version=version,
            ),
            findings=tuple(without_yielded(per_file + linked, self._rules_by_id)),
            coverage=coverage,
        )

    def _later_calls(
        self,
        executable: str,
        home: Path,
        rule_list: Sequence[Mapping[str, Any]],
        links: helper_links.Links,
        helpers: helper_sinks.Plan,
        own: list[Mapping[str, Any]],
    ) -> tuple[helper_sinks.Plan, bool]:
        """The second run of many callers' links (CALLERS_IN_ONE_RUN): the call rules of the
        helpers whose parameters the scan's run found reaching a sink, over their callers.
        Adds its findings to ``own``; returns the plan that reads them back, and whether the
        run was made (a failed one loses only these findings)."""
        later = links.reaching(helpers.reached(own))
        if not later:
            return helpers, True
        calls = helper_sinks.calls_for(rule_list, later)
        callers = sorted({path for callers in later.calls.values() for path in callers})
        # its own copy where what semgrep misreads is rewritten: the callers may not be in
        # the scan's (cached ones are not analysed in it)
        root = semgrep_view.mirror(self._root, callers, home / "links-tree")
        try:
            again = self._run_rules(executable, home, {"rules": calls.rules}, callers, root)
        except _RunFailed:
            if self._stopped():
                raise
            logger.warning("sast.helper_links_run_failed")
            return helpers, False
        own.extend(helper_sinks.own_results(again))
        return helpers.merged(calls), True

    def _links(self, cache: ResultCache | None, known: cached.Split, index: TargetIndex) -> _Across:
        """Taint through helpers of other files: the links this run follows; the keys their
        findings are stored under, each with its files; the findings the cache holds already;
        and ``known`` with the files of the links followed to analyse again, cached or not.

        The findings depend on several files at once, so they are stored apart from any one
        file's entry, per group of files that calls join (``Links.components``): a change
        judges its group again, not every linked file. An unchanged tree reads none of it
        again: its scan's groups and what helpers of other files cleared are remembered."""
        none = helper_links.Links({}, {}, {})
        timeout = self._config.sast_per_file_timeout_seconds
        version = self._version
        tree = cached.tree_key(known, self._packs, version, timeout) if cache is not None else ""
        if cache is not None and tree:  # an unchanged tree: no need to read the links again
            remembered = cached.remembered(cache, tree)
            stored = [cached.linked_findings(cache, k) for k in (remembered or _NONE).links_keys]
            if remembered is not None and all(found is not None for found in stored):
                kept = [f for found in stored for f in found or ()]
                return _Across(none, {}, kept, known, tree, remembered, None)
        files = helper_links.Index(
            [index.arg_for(t) for t in self._targets], self._rules_by_id, self._read_target
        )
        links = files.links()
        parts = [
            (cached.links_key(part.texts, self._packs, version, timeout), part)
            for part in links.components()
        ]
        keys = cached.Remembered([key for key, _ in parts], set())
        linked: list[Finding] = []
        missing: list[tuple[str, helper_links.Links]] = []
        for key, part in parts:
            found = cached.linked_findings(cache, key) if cache is not None else None
            if found is None:
                missing.append((key, part))
            else:
                linked.extend(found)
        if not missing:
            return _Across(none, {}, linked, known, tree, keys, files)
        run = helper_links.Links.union(part for _, part in missing)
        pending = {
            key: {t.path for a in part.texts if (t := index.lookup(a)) is not None}
            for key, part in missing
        }
        # with many callers (see CALLERS_IN_ONE_RUN) a second run covers the callers, cached
        # or not: only the helpers' files are analysed again here
        again = run.homes() if run.callers() > helper_links.CALLERS_IN_ONE_RUN else run.texts
        known = _without(known, [t for a in again if (t := index.lookup(a))])
        return _Across(run, pending, linked, known, tree, keys, files)

    def _stopped(self) -> bool:
        """Whether the run was cancelled or is past its deadline."""
        return self._cancelled.is_set() or time.monotonic() > self._deadline

    def _stopped_outcome(
        self,
        reason: str,
        findings: list[Finding],
        coverage: Sequence[Coverage],
        version: str,
    ) -> EngineOutcome:
        """A run stopped by its deadline, a cancel or a semgrep failure: not ok, not complete
        (so it resolves nothing), with what it could judge."""
        logger.warning("sast.run_failed", extra={"reason": reason})
        return EngineOutcome(
            status=self._status(ok=False, complete=False, scanned=0, error=reason, version=version),
            findings=tuple(findings),
            coverage=tuple(coverage),
        )

    def _judged_only(
        self,
        cache: ResultCache | None,
        findings: list[Finding],
        across: _Across,
        index: TargetIndex,
    ) -> list[Finding]:
        """A stopped run's findings, less those helpers of other files clear and those whose
        question about such helpers only a semgrep run could answer: no time is left for one,
        and a run that is not complete resolves nothing, so a finding held back here stays
        as it was until a complete run judges it, instead of appearing as a false alarm."""
        if across.files is None:  # an unchanged tree: every answer is remembered
            return [f for f in findings if _place(f) not in across.remembered.cleared]
        cleared, unanswered = self._cleared(cache, findings, across.files, index)
        return [f for f in findings if _place(f) not in cleared | unanswered]

    def _cleared(
        self,
        cache: ResultCache | None,
        findings: Sequence[Finding],
        files: helper_links.Index,
        index: TargetIndex,
        *,
        executable: str | None = None,
        linked: Sequence[Finding] = (),
    ) -> tuple[set[cached.Cleared], set[cached.Cleared]]:
        """The findings helpers of other files clear (helper_summaries.py), by each question's
        entry in the cache or, given ``executable``, two more semgrep runs; and the findings
        whose question went unanswered (a failed run clears nothing, and its questions are
        asked again next time). ``linked``: chains through helpers of other files, judged
        from their helpers' parameters."""
        by_path = {t.path: t for t in self._targets}

        def printed(found: Sequence[Finding]) -> list[tuple[str, Finding]]:
            return [
                (index.arg_for(by_path[f.location.path]), f)
                for f in found
                if f.location.path in by_path
            ]

        asked = {
            **helper_summaries.questions(printed(findings), self._rules_by_id, files),
            **helper_summaries.questions(
                printed(linked), self._rules_by_id, files, parameters=True
            ),
        }
        version, timeout = self._version, self._config.sast_per_file_timeout_seconds
        answers: dict[helper_summaries.Question, set[tuple[int, int]]] = {}
        keys: dict[helper_summaries.Question, str] = {}
        for question in asked:
            texts = {p: files.text(p) or "" for p in question.files()}
            keys[question] = cached.summaries_key(
                texts, repr(question), self._packs, version, timeout
            )
            spans = cached.cleared_spans(cache, keys[question]) if cache is not None else None
            if spans is not None:
                answers[question] = spans
        todo = {q: found for q, found in asked.items() if q not in answers}
        if todo and executable is not None:
            with tempfile.TemporaryDirectory(prefix="trace-sast-helpers-") as tmp:
                home = Path(tmp)
                read = sorted({p for question in todo for p in question.files()})
                # its own copy where what semgrep misreads is rewritten (the scan's may not
                # hold these)
                root = semgrep_view.mirror(self._root, read, home / "tree")
                run = partial(self._run_rules, executable, home, root=root)
                store = (
                    cached.HelperSummaries(cache, files.text, self._packs, version, timeout)
                    if cache is not None
                    else None
                )
                fresh = helper_summaries.answer(todo, self._rules_by_id, files, run, store)
            for question, spans in fresh.items():
                answers[question] = spans
                if cache is not None:
                    cached.store_cleared(cache, keys[question], spans)
        cleared = {
            (target.path, question.rule_id, first, last)
            for question, spans in answers.items()
            if (target := index.lookup(question.path)) is not None
            for first, last in spans
        }
        unanswered = {
            _place(f) for question, found in asked.items() if question not in answers for f in found
        }
        return cleared, unanswered

    @functools.cached_property
    def _rules_by_id(self) -> dict[str, Mapping[str, Any]]:
        rules = weak_guards.without_weak_guards(bundled_rules(self._packs), self._weak_guards)
        return {str(r["id"]): r for r in rules}

    @functools.cached_property
    def _weak_guards(self) -> frozenset[str]:
        """The targets' guard helpers that do not guard (weak_guards.py)."""
        return weak_guards.weak_guards(
            (f.path, text)
            for f in self._targets
            if f.size <= _MAX_GUARD_FILE and (text := _read_text(f.abspath)) is not None
        )

    @functools.cached_property
    def _version(self) -> str:
        """What cached results depend on besides the files and the rule files: semgrep's
        version, and the weak guards the scan's rules leave out (a guard file's change
        changes other files' findings)."""
        weak = self._weak_guards
        version = _semgrep_version()
        return f"{version}; weak guards {weak_guards.digest(weak)}" if weak else version

    def _run_rules(
        self,
        executable: str,
        home: Path,
        rules: Mapping[str, Any],
        targets: Sequence[str],
        root: Path | None = None,
    ) -> dict[str, Any]:
        """One more semgrep-core run with other rules over some of the targets (the
        summaries'), in ``root`` (the scan's own by default)."""
        path, listed = write_run(rules.get("rules") or (), list(targets), home, "refine")
        argv = base_argv(executable, path, listed, self._config)
        return self._invoke(argv, home, root or self._scan_root, path)

    def _read_target(self, printed: str) -> str | None:
        return _read_text(self._scan_root / printed)

    def _invoke(self, argv: list[str], home: Path, cwd: Path, rules: Path) -> dict:
        if self._cancelled.is_set():
            raise _RunFailed("The SAST scan was cancelled.")
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise _RunFailed(self._timeout_message())
        out_path = home / "out.json"
        err_path = home / "err.txt"
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                # The root as working directory keeps target paths relative; semgrep-core
                # reads nothing there but the listed targets (see command.py).
                cwd=cwd,
                env=clean_env(home),
                preexec_fn=limits_preexec(self._config),
                start_new_session=True,
                close_fds=True,
            )
            with self._lock:
                self._proc = proc
            if self._cancelled.is_set():
                self._kill()
            try:
                returncode = proc.wait(timeout=remaining)
            except subprocess.TimeoutExpired:
                self._kill()
                proc.wait()
                raise _RunFailed(self._timeout_message()) from None
            finally:
                with self._lock:
                    self._proc = None
        if self._cancelled.is_set():
            raise _RunFailed("The SAST scan was cancelled.")
        return self._read_document(out_path, err_path, returncode, rules)

    def _timeout_message(self) -> str:
        return (
            f"semgrep did not finish within {self._config.sast_timeout_seconds} s and was stopped; "
            "raise sast_timeout_seconds or scan a smaller tree."
        )

    def _read_document(self, out_path: Path, err_path: Path, returncode: int, rules: Path) -> dict:
        size = out_path.stat().st_size
        if size > _MAX_OUTPUT_BYTES:
            raise _RunFailed("semgrep produced more output than Trace accepts.")
        document = read_document(out_path.read_bytes(), str(rules)) if size else None
        if document is not None and returncode in (0, 1, 2, 3):
            # 2/3 may still carry complete JSON with per-file errors; results stay usable.
            fatal = _fatal(document, self._limits())
            if returncode >= 2 and not document.get("results") and fatal:
                raise _RunFailed(fatal)
            return document
        raise _RunFailed(_failure_message(returncode, err_path, self._limits()))

    def _limits(self) -> str:
        jobs = jobs_for(self._config)
        return (
            f"sast_memory_mb={self._config.sast_memory_mb} per job x {jobs} "
            f"job{'s' if jobs != 1 else ''} = {address_space_mb(self._config)} MB"
        )


def _without(known: cached.Split, targets: Sequence[TargetFile]) -> cached.Split:
    """``known`` with ``targets`` to analyse again, their cached findings and coverage
    dropped."""
    cached_paths = {t.path for t in targets} - {
        t.path for t in (*(p.target for p in known.pending), *known.unkeyed)
    }
    if not cached_paths:
        return known
    return cached.Split(
        findings=[f for f in known.findings if f.location.path not in cached_paths],
        coverage=[c for c in known.coverage if c.path not in cached_paths],
        pending=known.pending,
        unkeyed=[*known.unkeyed, *(t for t in targets if t.path in cached_paths)],
        digests=known.digests,
    )


def _place(finding: Finding) -> cached.Cleared:
    """How a finding is named among those helpers of other files clear."""
    location = finding.location
    return location.path, finding.rule_id, location.start_line, location.end_line


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _redacted(findings: list[Finding]) -> list[Finding]:
    return redact_detected(findings, default_matcher()) if findings else []


def _fatal(document: dict, limits: str) -> str:
    """Our words for an engine-level semgrep error (its own text may quote scanned code)."""
    for error in document.get("errors") or []:
        if (
            isinstance(error, dict)
            and str(error.get("level", "")).lower() == "error"
            and not error.get("path")
        ):
            text = str(error.get("message", "")).lower()
            if any(k in text for k in ("memory", "was killed", "resource temporarily")):
                return (
                    f"semgrep ran out of memory or threads under the configured limit "
                    f"({limits}; semgrep needs about 3 GB of address space); raise "
                    "sast_memory_mb or lower the job count."
                )
            kind = re.sub(r"[^A-Za-z ]", "", str(error.get("type", "")))[:60] or "fatal error"
            return f"semgrep failed ({kind}); see the service log."
    return ""


_SIGNAL_NUMBERS = frozenset(int(s) for s in signal.Signals)


def _failure_message(returncode: int, err_path: Path, limits: str) -> str:
    """Our words for a failed run: a short hint derived from stderr, never its raw text."""
    try:
        with open(err_path, "rb") as handle:
            handle.seek(max(0, err_path.stat().st_size - 64 * 1024))
            tail = handle.read().decode("utf-8", "replace")
    except OSError:
        tail = ""
    logger.warning("sast.semgrep_failed", extra={"returncode": returncode})
    logger.debug("sast.semgrep_stderr_tail", extra={"tail": tail[-2000:]})
    lowered = tail.lower()
    if returncode < 0:
        sig = -returncode
        name = signal.Signals(sig).name if sig in _SIGNAL_NUMBERS else str(sig)
        # Under RLIMIT_AS an allocation failure shows up as SIGSEGV/SIGABRT/SIGKILL.
        return (
            f"semgrep was stopped by signal {name}, most likely by the memory or CPU limit "
            f"({limits}; sast_timeout_seconds); raise them, lower the job count or scan a "
            "smaller tree."
        )
    if "memoryerror" in lowered or "out of memory" in lowered or "cannot allocate" in lowered:
        return (
            f"semgrep ran out of memory under the configured limit ({limits}); raise "
            "sast_memory_mb, lower the job count or scan a smaller tree."
        )
    return f"semgrep failed (exit {returncode}) without a usable result; see the service log."


def start(root: Path, files: Sequence[TargetFile], config: ScanConfig) -> SastRun:
    """Starts semgrep over the walk's files (only those a rule pack covers) and returns at once."""
    return SastRun(root, files, config)
