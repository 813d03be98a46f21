"""``scan_execute``: the task body that runs one scan end to end (ARCHITECTURE flow 3.4).

lease → credentials (halt → *blocked*) → shallow clone (time/size/disk limits) → the three
engines → ``findings_record`` in one transaction under the scan's lock → *completed*.
Idempotent: a second delivery of the same task finds the scan leased or finished and returns.
The work directory is removed whatever happens (``checkout`` owns it).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import socket
import subprocess
import threading
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from tracesec.engines import codeowners
from tracesec.engines.model import Engine, ScanConfig, ScanResult
from tracesec.findings.recording import findings_record
from tracesec.inventory.services import inventory_record
from tracesec.notifications.services import notify_new_findings
from tracesec.repositories.models import Repository
from tracesec.scans import lease
from tracesec.scans.checkout import CheckoutError, CloneLimits, checkout, checkout_pull_request
from tracesec.scans.coverage import EngineSummary, summarize_engines
from tracesec.scans.credentials import clone_credential_held, report_clone_refused
from tracesec.scans.fair_queue import claim_fair
from tracesec.scans.models import PullRequestScan, Scan
from tracesec.scans.outcomes import ScanFailure, ScanStop
from tracesec.scans.pull_check_publish import publish_final, publish_started
from tracesec.scans.pull_checks import new_findings
from tracesec.scans.state import (
    CLONE_FAILURE_DETAILS,
    ScanErrorCode,
    ScanState,
    failure_message,
    humanize_bytes,
    humanize_seconds,
)

if TYPE_CHECKING:
    from tracesec.engines.diff import DiffScan

logger = logging.getLogger(__name__)


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def scan_config(scan: Scan, history_since: str | None = None) -> ScanConfig:
    engines = tuple(Engine(e) for e in scan.engines_requested) or tuple(Engine)
    timeout = int(settings.TRACE_SCAN_ENGINE_TIMEOUT_SECONDS)
    osv_db = Path(settings.TRACE_OSV_DB)
    return ScanConfig(
        engines=engines,
        history=scan.history,
        history_since=history_since if scan.history else None,
        osv_db=osv_db if osv_db.exists() else None,
        sast_timeout_seconds=timeout,
        secrets_timeout_seconds=timeout,
        sca_timeout_seconds=timeout,
        sast_jobs=max(0, int(settings.TRACE_SCAN_JOBS)),
        cache_dir=Path(settings.TRACE_SCAN_CACHE_DIR),
        cache_max_bytes=int(settings.TRACE_SCAN_CACHE_MAX_BYTES),
        in_code_suppressions=scan.organization.allow_in_code_suppressions,
    )


def run_diff_engines(
    tree: Path, config: ScanConfig, base: str, progress: Callable[[str, str], None] | None = None
) -> DiffScan:
    from tracesec.engines.diff import diff_scan  # heavy import, only in workers

    return diff_scan(tree, config, base, progress=progress)


def run_engines(
    tree: Path, config: ScanConfig, progress: Callable[[str, str], None] | None = None
) -> ScanResult:
    from tracesec.engines import scan as engines_scan  # heavy import, only in workers

    return engines_scan(tree, config, progress=progress)


class EngineProgress:
    """Records each engine's start/finish on the scan (the live page shows it), and stops the
    engines at the next step once the lease is lost (cancelled or reaped): raising here makes
    ``engines.scan`` cancel a running semgrep.

    Also the files each engine has done (``ScanConfig.files_progress``, called from the
    engines' own threads, as often as every 0.1 s): kept in memory and written by this object's
    own thread at most once every ``FILES_WRITE_SECONDS``, so a scan of 100,000 files costs
    the database one small update a second, and no engine thread ever opens a connection."""

    FILES_WRITE_SECONDS = 1.0

    def __init__(self, scan_id: int, owner: str, heartbeat: lease.Heartbeat) -> None:
        self.scan_id = scan_id
        self.owner = owner
        self.heartbeat = heartbeat
        self.state: dict[str, str] = {}
        self._files: dict[str, dict[str, int]] = {}
        self._files_changed = False
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._writer = threading.Thread(
            target=self._write_files_loop, name=f"scan-{scan_id}-files", daemon=True
        )

    def __enter__(self) -> EngineProgress:
        self._writer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._writer.join(timeout=self.FILES_WRITE_SECONDS + 5)

    def __call__(self, stage: str, state: str) -> None:
        _check_alive(self.heartbeat)
        self.state[stage] = "running" if state == "start" else "done"
        with self._lock:
            files, self._files_changed = self._snapshot(), False
        Scan.objects.filter(pk=self.scan_id, lease_owner=self.owner).update(
            progress=dict(self.state), files_progress=files
        )

    def files(self, engine: Engine, done: int, total: int) -> None:
        """``ScanConfig.files_progress``: remember the count; the writer thread stores it."""
        with self._lock:
            self._files[engine.value] = {"done": done, "total": total}
            self._files_changed = True

    def _snapshot(self) -> dict[str, dict[str, int]]:
        return {engine: dict(counts) for engine, counts in self._files.items()}

    def _write_files_loop(self) -> None:
        try:
            while not self._stop.wait(self.FILES_WRITE_SECONDS):
                with self._lock:
                    if not self._files_changed:
                        continue
                    files, self._files_changed = self._snapshot(), False
                try:
                    Scan.objects.filter(pk=self.scan_id, lease_owner=self.owner).update(
                        files_progress=files
                    )
                except DatabaseError:  # a busy SQLite writer: the next second's count will do
                    logger.warning("scan.files_progress_failed", extra={"scan_id": self.scan_id})
        finally:
            connection.close()


def _claim(scan_id: int, owner: str) -> Scan | None:
    """A running scan whose worker died is taken over by its own task; otherwise the task runs
    the fairest queued scan (``fair_queue``), which is usually its own."""
    status = Scan.objects.filter(pk=scan_id).values_list("status", flat=True).first()
    if status is not None and ScanState(status).running:
        return lease.claim(scan_id, owner)
    return claim_fair(owner, preferred_scan_id=scan_id)


def scan_execute(*, scan_id: int, owner: str | None = None) -> bool:
    """Run one scan (``scan_id`` or a fairer one); False when none could be claimed."""
    owner = owner or worker_id()
    scan = _claim(scan_id, owner)
    if scan is None:
        logger.info("scan.execute_skipped", extra={"scan_id": scan_id})
        return False
    scan_id = scan.pk
    logger.info("scan.started", extra={"scan_id": scan_id, "attempt": scan.attempts})
    with lease.Heartbeat(scan_id, owner) as heartbeat:
        try:
            if scan.is_pull_request:
                _run_pull_request(scan, owner, heartbeat)
            else:
                _run(scan, owner, heartbeat)
        except lease.LeaseLost:
            logger.info("scan.lease_lost", extra={"scan_id": scan_id})
        except ScanStop as stop:
            _stop(scan_id, owner, stop)
        except Exception:
            reference = uuid.uuid4().hex[:12]
            logger.exception(
                "scan.internal_error", extra={"scan_id": scan_id, "reference": reference}
            )
            _stop(
                scan_id,
                owner,
                ScanFailure(ScanErrorCode.INTERNAL_ERROR, reference=reference),
            )
    if scan.is_pull_request:
        publish_final(scan_id)  # completed, failed, blocked or cancelled: the check says so
    return True


def _stop(scan_id: int, owner: str, stop: ScanStop) -> None:
    target = ScanState.BLOCKED if stop.blocked else ScanState.FAILED
    try:
        lease.advance(
            scan_id,
            owner,
            target,
            error_code=stop.code.value,
            error_message=failure_message(stop.code, **stop.params),
        )
    except lease.LeaseLost:
        logger.info("scan.lease_lost", extra={"scan_id": scan_id})
    logger.info("scan.stopped", extra={"scan_id": scan_id, "error_code": stop.code.value})


def _check_alive(heartbeat: lease.Heartbeat) -> None:
    if heartbeat.lost.is_set():
        raise lease.LeaseLost("heartbeat lost the lease")


def _run(scan: Scan, owner: str, heartbeat: lease.Heartbeat) -> None:
    repository = _load_repository(scan)
    try:
        with ExitStack() as checked_out:
            # a removed repository or an inactive connection halts here: *blocked*, with the
            # reason; the token lives only until the clone is done (or failed), then is released
            with clone_credential_held(repository, scan_id=scan.pk) as credential:
                _check_alive(heartbeat)
                lease.advance(scan.pk, owner, ScanState.CLONING)
                tree = checked_out.enter_context(
                    checkout(
                        git_base_url=credential.git_base_url,
                        full_name=repository.full_name,
                        token=credential.token,
                        username=credential.username,
                        branch=scan.branch,
                        limits=_clone_limits(),
                        work_root=_work_root(),
                        full_history=scan.history,
                    )
                )
            del credential  # the token is not needed past the clone
            commit_sha = _head_commit(tree)
            _check_alive(heartbeat)
            lease.advance(scan.pk, owner, ScanState.SCANNING, commit_sha=commit_sha)
            config = scan_config(scan, history_since=repository.history_scanned_commit or None)
            with EngineProgress(scan.pk, owner, heartbeat) as progress:
                config = dataclasses.replace(config, files_progress=progress.files)
                result = run_engines(tree, config, progress)
            result = with_suppression_authors(result, _head_author(tree))
            owners = code_owners(tree, repository.provider, result)
    except CheckoutError as error:
        raise _clone_stop(error, repository) from None
    _check_alive(heartbeat)
    lease.advance(scan.pk, owner, ScanState.RECORDING)
    _record(scan.pk, owner, result, config, owners)


def code_owners(tree: Path, provider: str, result: ScanResult) -> dict[str, Any]:
    """The repository's CODEOWNERS as it decides the findings' paths (empty without one); read
    from the checkout, which is gone after the scan."""
    parsed = codeowners.read(tree, provider)
    if parsed is None:
        return {}
    return codeowners.ownership(parsed, (f.location.path for f in result.findings))


def _run_pull_request(scan: Scan, owner: str, heartbeat: lease.Heartbeat) -> None:
    """A pull request's head, diff-aware against the merge base with its base branch; the new
    findings are kept with this scan only (``_record_pull_request``)."""
    repository = _load_repository(scan)
    pull = PullRequestScan.objects.get(scan_id=scan.pk)
    config = dataclasses.replace(scan_config(scan), history=False, history_since=None)
    try:
        with ExitStack() as checked_out:
            # as for a default-branch scan: the clone's token is released once the clone ends
            with clone_credential_held(repository, scan_id=scan.pk) as credential:
                publish_started(scan.pk, repository)  # its own token, with `checks: write`
                _check_alive(heartbeat)
                lease.advance(scan.pk, owner, ScanState.CLONING)
                tree = checked_out.enter_context(
                    checkout_pull_request(
                        git_base_url=credential.git_base_url,
                        full_name=repository.full_name,
                        token=credential.token,
                        username=credential.username,
                        number=pull.number,
                        base_ref=pull.base_ref,
                        head_sha=pull.head_sha,
                        limits=_clone_limits(),
                        work_root=_work_root(),
                    )
                )
            del credential
            _check_alive(heartbeat)
            lease.advance(scan.pk, owner, ScanState.SCANNING, commit_sha=tree.head_sha)
            with EngineProgress(scan.pk, owner, heartbeat) as progress:
                diff = run_diff_engines(
                    tree.path,
                    dataclasses.replace(config, files_progress=progress.files),
                    tree.merge_base,
                    progress,
                )
    except CheckoutError as error:
        raise _clone_stop(error, repository) from None
    _check_alive(heartbeat)
    lease.advance(scan.pk, owner, ScanState.RECORDING)
    _record_pull_request(scan.pk, owner, diff, config)


def _record_pull_request(scan_id: int, owner: str, diff: DiffScan, config: ScanConfig) -> None:
    """Only the scan and its pull-request record are written: never ``findings.Finding``."""
    summaries = _engine_summaries(diff.head, config)
    with transaction.atomic():
        scan = lease.lock_owned(scan_id, owner, ScanState.COMPLETED)
        new = new_findings(
            repository_id=scan.repository_id, findings=diff.new, changed=diff.changed
        )
        PullRequestScan.objects.filter(scan_id=scan_id).update(
            merge_base_sha=diff.base_commit,
            findings=new.rows,
            ignored_count=new.ignored,
            suppressed_count=new.suppressed,
            updated_at=timezone.now(),
        )
        _set_engine_results(scan, summaries)
        scan.counts = {"new": len(new.rows), "ignored": new.ignored, "suppressed": new.suppressed}
        scan.findings_count = len(new.rows)
        scan.new_count = len(new.rows)
        scan.save(
            update_fields=[
                "timings", "engines", "counts", "findings_count", "new_count", "updated_at",
            ]
        )  # fmt: skip
        lease.advance(scan_id, owner, ScanState.COMPLETED)
    logger.info("scan.pull_request_completed", extra={"scan_id": scan_id, "new": len(new.rows)})


def _clone_limits() -> CloneLimits:
    return CloneLimits(
        timeout_seconds=float(settings.TRACE_SCAN_CLONE_TIMEOUT_SECONDS),
        max_bytes=int(settings.TRACE_SCAN_CLONE_MAX_BYTES),
    )


def _load_repository(scan: Scan) -> Repository:
    return Scan.objects.select_related("repository__connection").get(pk=scan.pk).repository


def _work_root() -> Path:
    """This process's own work directory, after sweeping those of dead workers on this host
    (a killed worker cannot remove its checkout; the next one on the machine does)."""
    root = Path(settings.TRACE_SCAN_WORK_DIR)
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    sweep_dead_workers(root)
    mine = root / f"{socket.gethostname()}-{os.getpid()}"
    mine.mkdir(exist_ok=True, mode=0o700)
    free = shutil.disk_usage(mine).free
    minimum = int(settings.TRACE_SCAN_MIN_FREE_BYTES)
    if free < minimum:
        raise ScanFailure(ScanErrorCode.DISK_LIMIT, limit=humanize_bytes(minimum))
    return mine


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_dead_workers(root: Path) -> list[str]:
    """Remove work directories of processes on this host that no longer exist."""
    host = socket.gethostname()
    removed = []
    for entry in root.iterdir():
        name, _, pid = entry.name.rpartition("-")
        if name != host or not pid.isdigit() or int(pid) == os.getpid():
            continue
        if not _pid_alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry.name)
            logger.warning("scan.stale_workdir_removed", extra={"workdir": entry.name})
    return removed


def _head_author(tree: Path) -> str:
    """The scanned commit's author: clones are shallow (depth 1), so a line cannot be blamed;
    the last commit's author is who the repository's suppressions are attributed to."""
    completed = subprocess.run(
        ["git", "-C", str(tree), "log", "-1", "--format=%an <%ae>"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "GIT_CONFIG_NOSYSTEM": "1"},
    )
    return completed.stdout.strip()[:200] if completed.returncode == 0 else ""


def with_suppression_authors(result: ScanResult, author: str) -> ScanResult:
    """``result`` with ``author`` on every suppression read from the repository."""
    if not author:
        return result
    findings = tuple(
        dataclasses.replace(f, suppression=dataclasses.replace(f.suppression, author=author))
        if f.suppression is not None and f.suppression.source in ("code", "config")
        else f
        for f in result.findings
    )
    return dataclasses.replace(result, findings=findings)


def _head_commit(tree: Path) -> str:
    completed = subprocess.run(
        ["git", "-C", str(tree), "rev-parse", "HEAD"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "GIT_CONFIG_NOSYSTEM": "1"},
    )
    sha = completed.stdout.strip()
    return sha if completed.returncode == 0 and len(sha) in (40, 64) else ""


def _clone_stop(error: CheckoutError, repository: Repository) -> ScanStop:
    if error.code in ("auth_failed", "forbidden"):
        return report_clone_refused(repository)
    if error.code == "timeout":
        return ScanFailure(
            ScanErrorCode.CLONE_TIMEOUT,
            limit=humanize_seconds(float(settings.TRACE_SCAN_CLONE_TIMEOUT_SECONDS)),
        )
    if error.code == "too_large":
        return ScanFailure(
            ScanErrorCode.CLONE_TOO_LARGE,
            limit=humanize_bytes(int(settings.TRACE_SCAN_CLONE_MAX_BYTES)),
        )
    category = "not_found" if error.code == "not_found" else "unknown"
    return ScanFailure(ScanErrorCode.CLONE_FAILED, detail=CLONE_FAILURE_DETAILS[category])


def _engine_summaries(result: ScanResult, config: ScanConfig) -> list[EngineSummary]:
    """Each engine's summary; a scan in which no engine could run fails here."""
    summaries = summarize_engines(result, config.engines)
    if not any(s["ok"] for s in summaries):
        detail = "; ".join(f"{s['engine']}: {s['error'] or 'failed'}" for s in summaries)
        raise ScanFailure(ScanErrorCode.ENGINES_FAILED, detail=detail[:500])
    return summaries


def _set_engine_results(scan: Scan, summaries: list[EngineSummary]) -> None:
    timings = dict(scan.timings or {})
    for engine_summary in summaries:
        timings[f"engine:{engine_summary['engine']}"] = engine_summary["seconds"]
    scan.timings = timings
    scan.engines = summaries


def _record(
    scan_id: int,
    owner: str,
    result: ScanResult,
    config: ScanConfig,
    owners: dict[str, Any] | None = None,
) -> None:
    summaries = _engine_summaries(result, config)
    now = timezone.now()
    with transaction.atomic():
        scan = lease.lock_owned(scan_id, owner, ScanState.COMPLETED)
        # only a whole-history scan can show that a history-only secret is gone; an incremental
        # one (history_since) reads newer commits only
        whole_history = config.history and not config.history_since
        summary = findings_record(scan=scan, result=result, now=now, history_scanned=whole_history)
        # the scan's inventory (its SBOM) and, derived from it, the repository's latest
        # inventory that an advisory update re-matches later without a checkout
        inventory_record(scan=scan, result=result, now=now)
        _set_engine_results(scan, summaries)
        scan.code_owners = owners or {}
        scan.counts = {**summary.counts, "duplicates": summary.duplicates}
        scan.findings_count = summary.findings
        scan.new_count = summary.new
        scan.fixed_count = summary.fixed
        scan.save(
            update_fields=[
                "timings",
                "engines",
                "code_owners",
                "counts",
                "findings_count",
                "new_count",
                "fixed_count",
                "updated_at",
            ]
        )
        if config.history and scan.commit_sha:
            # the next history scan of this repository reads only newer commits
            Repository.objects.filter(pk=scan.repository_id).update(
                history_scanned_commit=scan.commit_sha
            )
        lease.advance(scan_id, owner, ScanState.COMPLETED)
        notify_new_findings(scan=scan)
    logger.info(
        "scan.completed",
        extra={"scan_id": scan_id, "findings": summary.findings, "new": summary.new},
    )
