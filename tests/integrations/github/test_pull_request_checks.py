"""Pull-request checks over real HTTP: the emulated GitHub sends signed `pull_request` webhooks
to Trace's live server, the worker fetches the pull request's head and base over git smart HTTP,
scans the change against the merge base, and publishes a check run through the checks API.
The default branch's findings are never touched; the gate decides the conclusion; a re-run
check scans again; forged, replayed and unbound deliveries queue nothing."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
from django.utils import timezone

from tests.integrations.github.emulated_github import install_and_bind
from tests.support.canary import EverythingHandler
from tests.support.pull_requests import SHELL_FLAW
from tracesec.engines.secrets.detectors.base import fake
from tracesec.findings.models import Finding
from tracesec.integrations.base import CheckAnnotation, CheckOutcome
from tracesec.integrations.checks import check_complete, check_start
from tracesec.integrations.github.client import GitHubClient, InstallationToken
from tracesec.repositories.models import Repository
from tracesec.scans.execution import scan_execute
from tracesec.scans.models import PullRequestScan, Scan, ScanKind
from tracesec.scans.pull_check_publish import publish_pending_checks, publish_started
from tracesec.scans.services import scan_request
from tracesec.scans.state import ScanState
from tracesec.scans.tasks import reap_and_requeue

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

OWNER, REPO = "northwind", "orders-service"

# The pull request fixes the default branch's one finding (a hard-coded AWS key in
# settings_local.py, now read from the environment) and adds a shell command built from request
# input in a new module.
FIXED_SETTINGS = 'import os\n\nAWS_ACCESS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]\n'


@dataclass
class Bound:
    """The emulated GitHub, org A's admin signed in to Trace, and the bound repository."""

    gh: Any
    client: Any
    repository: Repository


@pytest.fixture
def bound(emulated: Any, org_a: Any, client_for: Any) -> Bound:
    client = client_for(org_a.admin)
    install_and_bind(emulated, client)
    repository = Repository.objects.get(full_name=f"{OWNER}/{REPO}")
    return Bound(emulated.github, client, repository)


def _findings_snapshot(repository: Repository) -> list[tuple[Any, ...]]:
    return sorted(
        Finding.objects.filter(repository=repository).values_list(
            "pk", "fingerprint", "status", "last_seen_scan_id", "severity", "updated_at"
        )
    )


def _pull_scans(repository: Repository) -> list[Scan]:
    return list(
        Scan.objects.filter(repository=repository, kind=ScanKind.PULL_REQUEST).order_by("pk")
    )


def _post(
    url: str, payload: dict[str, Any], delivery: str, *, secret: bytes = b"", signature: str = ""
) -> httpx.Response:
    """A `pull_request` delivery sent straight to Trace (signed with ``secret`` if given)."""
    body = json.dumps(payload).encode()
    if secret:
        signature = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    headers = {
        "X-GitHub-Event": "pull_request",
        "X-GitHub-Delivery": delivery,
        "X-Hub-Signature-256": signature,
        "Content-Type": "application/json",
    }
    return httpx.post(url, content=body, headers=headers, timeout=30)


def _run_by_head(gh: Any, head_sha: str) -> list[dict[str, Any]]:
    return [r for r in gh.check_runs() if r["head_sha"] == head_sha]


def test_pull_request_check_follows_the_gate_and_leaves_default_findings_alone(
    bound: Bound, org_a: Any, org_b: Any, client_for: Any, api_client_for: Any
) -> None:
    gh, client, repository = bound.gh, bound.client, bound.repository

    # The default branch is scanned first: its findings are the repository's findings.
    default_scan, _ = scan_request(repository=repository, requested_by=org_a.admin.user)
    scan_execute(scan_id=default_scan.pk)
    default_scan.refresh_from_db()
    assert default_scan.status == ScanState.COMPLETED, default_scan.error_message
    before = _findings_snapshot(repository)
    assert before

    opened = gh.open_pull(
        OWNER,
        REPO,
        head="feature/archive",
        title="Archive orders",
        files={"settings_local.py": FIXED_SETTINGS, "orders/archive.py": SHELL_FLAW},
    )
    [delivery] = opened["deliveries"]
    assert delivery["status_code"] == 200, delivery
    [scan] = _pull_scans(repository)
    pull = PullRequestScan.objects.get(scan=scan)
    assert (pull.number, pull.head_sha) == (opened["number"], opened["head"]["sha"])
    assert pull.base_sha == opened["base"]["sha"]

    # Replayed (same X-GitHub-Delivery) and forged deliveries queue nothing.
    gh.redeliver(delivery["id"])
    detail = gh.delivery(delivery["id"])
    payload = detail["request"]["payload"]
    forged = _post(detail["url"], payload, "forged-0001", signature="sha256=" + "0" * 64)
    assert forged.status_code == 401
    assert len(_pull_scans(repository)) == 1
    # Validly signed but malformed: refused before anything is queued.
    secret = gh.app()["webhookSecret"].encode()
    for number, broken in enumerate(
        [
            {**payload, "pull_request": {**payload["pull_request"], "number": "1"}},
            {**payload, "pull_request": {**payload["pull_request"], "base": None}},
            {
                **payload,
                "pull_request": {
                    **payload["pull_request"],
                    "head": {**payload["pull_request"]["head"], "sha": "--output=/tmp/x"},
                },
            },
        ]
    ):
        answer = _post(detail["url"], broken, f"broken-{number}", secret=secret)
        assert answer.status_code == 400, answer.text
    assert len(_pull_scans(repository)) == 1

    scan_execute(scan_id=scan.pk)
    scan.refresh_from_db()
    pull.refresh_from_db()
    assert scan.status == ScanState.COMPLETED, (scan.error_code, scan.error_message)
    assert scan.commit_sha == opened["head"]["sha"]
    assert pull.merge_base_sha == opened["base"]["sha"]
    assert [(r["path"], r["severity"]) for r in pull.findings] == [
        ("orders/archive.py", "critical")
    ]

    [run] = _run_by_head(gh, opened["head"]["sha"])
    assert run["status"] == "completed"
    assert run["conclusion"] == "failure"  # default gate: new high or worse fails
    assert run["external_id"] == f"trace-scan:{scan.pk}"
    assert run["details_url"].endswith(f"/scans/{scan.pk}/")
    [annotation] = run["annotations"]
    assert annotation["path"] == "orders/archive.py"
    assert annotation["annotation_level"] == "failure"
    assert "1 new finding" in run["output"]["summary"]
    assert pull.check_conclusion == "failure"
    assert pull.check_run_id == run["id"]

    # The pull request's findings never reach the default branch's.
    assert _findings_snapshot(repository) == before
    assert not Finding.objects.filter(repository=repository, path="orders/archive.py")
    assert Finding.objects.get(repository=repository, path="settings_local.py").status == "open"

    # A relaxed gate (SAST does not gate), then "Re-run" on GitHub: a new scan of the same
    # head, now neutral: the finding is still reported, it no longer fails the check.
    org = org_a.organization
    org.pr_gate_engines = ["sca", "secrets"]
    org.save(update_fields=["pr_gate_engines"])
    rerun = gh.rerequest_check_run(run["id"])
    assert rerun["delivery"]["status_code"] == 200
    [_, again] = _pull_scans(repository)
    scan_execute(scan_id=again.pk)
    runs = _run_by_head(gh, opened["head"]["sha"])
    assert [r["conclusion"] for r in runs] == ["failure", "neutral"]
    assert len(runs[1]["annotations"]) == 1
    assert _findings_snapshot(repository) == before

    # Trace shows the pull request's scans to org A only: listed on the repository page, and
    # the scan page with the pull request, its head and base, the check and the new finding.
    listing = client.get(f"/repositories/{repository.pk}/").content.decode()
    assert 'data-testid="pull-request-scans"' in listing
    assert "#1 Archive orders" in listing
    page = client.get(f"/scans/{scan.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Pull request #1: Archive orders" in html
    assert "<strong>1 new finding</strong> in this pull request" in html
    assert "feature/archive @ " + opened["head"]["sha"][:12] in html
    assert f'href="{run["html_url"]}"' in html
    assert 'data-testid="check-conclusion">failure<' in html
    assert "orders/archive.py:" in html
    other = client_for(org_b.admin)
    assert other.get(f"/scans/{scan.pk}/").status_code == 404
    assert other.get(f"/repositories/{repository.pk}/").status_code == 404
    # The API says the same, to org A only.
    api = api_client_for(org_a.member).get(f"/api/v1/scans/{scan.pk}").json()
    assert api["kind"] == "pull_request"
    assert api["pull_request"]["number"] == 1
    assert api["pull_request"]["check_conclusion"] == "failure"
    assert [f["path"] for f in api["pull_request"]["new_findings"]] == ["orders/archive.py"]
    assert api_client_for(org_b.admin).get(f"/api/v1/scans/{scan.pk}").status_code == 404

    # Uninstalled: a validly signed event for the installation queues nothing.
    installation_id = payload["installation"]["id"]
    gh.uninstall(installation_id)
    late = _post(detail["url"], payload, "after-uninstall-0001", secret=secret)
    assert late.status_code == 200
    assert late.json()["detail"] == "ignored: installation not bound"
    assert len(_pull_scans(repository)) == 2


def test_annotations_go_fifty_to_a_request(bound: Bound) -> None:
    gh, repository = bound.gh, bound.repository
    head = gh.push(OWNER, REPO, {"docs/NOTES.md": "notes\n"})["commit"]
    started = check_start(
        repository,
        scan_id=1,
        head_sha=head,
        external_id="trace-scan:1",
        details_url="http://testserver/scans/1/",
        check_run_id=None,
    )
    annotations = tuple(
        CheckAnnotation("docs/NOTES.md", line, line, "warning", f"Finding {line}", "message")
        for line in range(1, 121)
    )
    outcome = CheckOutcome("neutral", "120 new findings", "summary", annotations)
    done = check_complete(repository, scan_id=1, check_run_id=started.check_run_id, outcome=outcome)
    assert done.requests == 3
    [run] = _run_by_head(gh, head)
    # the create carried the "in progress" output (no annotations), then 50 + 50 + 20
    assert run["annotationBatches"] == [0, 50, 50, 20]
    assert len(run["annotations"]) == 120
    assert run["conclusion"] == "neutral"


def test_a_token_planted_in_a_pull_request_never_reaches_the_check(
    bound: Bound, all_logs: EverythingHandler
) -> None:
    gh, client, repository = bound.gh, bound.client, bound.repository
    token = fake("ghp_", 36, seed="pull-request-check")
    opened = gh.open_pull(
        OWNER, REPO, head="feature/deploy", files={"deploy.py": f'GITHUB_TOKEN = "{token}"\n'}
    )
    [scan] = _pull_scans(repository)
    scan_execute(scan_id=scan.pk)
    pull = PullRequestScan.objects.get(scan=scan)
    assert [r["rule_id"] for r in pull.findings] == ["github-pat"]
    [run] = _run_by_head(gh, opened["head"]["sha"])
    assert run["conclusion"] == "failure"
    assert len(run["annotations"]) == 1
    # Everything GitHub received (title, summary, annotations), Trace's record and its page.
    assert token not in json.dumps(gh.check_runs())
    assert token not in json.dumps(pull.findings)
    page = client.get(f"/scans/{scan.pk}/").content.decode()
    assert token not in page
    assert token[4:12] not in json.dumps(gh.check_runs())
    # Nor do the job's own installation tokens (clone and check run): not in a log line, not in
    # what Trace stored about the scan.
    stored = json.dumps(
        list(Scan.objects.filter(pk=scan.pk).values())
        + list(PullRequestScan.objects.filter(scan=scan).values()),
        default=str,
    )
    assert any("github.check_run_completed" in text for text in all_logs.texts)
    for text in [*all_logs.texts, stored]:
        assert token not in text
        assert "ghs_" not in text  # every installation token starts so


def test_a_scan_that_fails_still_completes_its_check(bound: Bound, settings: Any) -> None:
    gh, repository = bound.gh, bound.repository
    opened = gh.open_pull(OWNER, REPO, head="feature/big", files={"big.txt": "x\n"})
    settings.TRACE_SCAN_CLONE_MAX_BYTES = 1  # any fetch is too large
    [scan] = _pull_scans(repository)
    scan_execute(scan_id=scan.pk)
    scan.refresh_from_db()
    assert scan.status == ScanState.FAILED
    [run] = _run_by_head(gh, opened["head"]["sha"])
    assert run["status"] == "completed"
    assert run["conclusion"] == "neutral"
    assert run["output"]["title"] == "Trace could not scan this pull request"
    assert scan.error_message in run["output"]["summary"]
    assert PullRequestScan.objects.get(scan=scan).check_conclusion == "neutral"


def test_a_scan_given_up_by_the_reaper_completes_its_check(bound: Bound, settings: Any) -> None:
    gh, repository = bound.gh, bound.repository
    opened = gh.open_pull(OWNER, REPO, head="feature/lost", files={"lost.txt": "x\n"})
    [scan] = _pull_scans(repository)
    publish_started(scan.pk, repository)  # a worker started it, then every attempt died
    Scan.objects.filter(pk=scan.pk).update(attempts=settings.TRACE_SCAN_MAX_ATTEMPTS)
    report = reap_and_requeue()
    assert report.failed == (scan.pk,)
    [run] = _run_by_head(gh, opened["head"]["sha"])
    assert (run["status"], run["conclusion"]) == ("completed", "neutral")
    assert "stopped responding" in run["output"]["summary"]


def test_a_suppression_counts_only_once_it_is_on_the_default_branch(bound: Bound) -> None:
    """A pull request cannot silence its own flaw: a `trace-ignore` it adds is shown on the
    annotation but not honoured; a `.trace.yml` entry already on the default branch is."""
    gh, repository = bound.gh, bound.repository
    suppressed = SHELL_FLAW.replace(
        "shell=True)", "shell=True)  # trace-ignore reviewed: the target is an order id"
    )
    opened = gh.open_pull(OWNER, REPO, head="feature/own", files={"orders/archive.py": suppressed})
    [first] = _pull_scans(repository)
    scan_execute(scan_id=first.pk)
    pull = PullRequestScan.objects.get(scan=first)
    assert (len(pull.findings), pull.suppressed_count) == (1, 0)
    assert pull.findings[0]["pending_suppression"] == "orders/archive.py:" + str(
        pull.findings[0]["start_line"]
    )
    [run] = _run_by_head(gh, opened["head"]["sha"])
    assert run["conclusion"] == "failure"
    [annotation] = run["annotations"]
    assert "which this pull request adds" in annotation["message"]

    # The repository's own decision, reviewed and merged: paths under tools/ are exempt.
    gh.push(
        OWNER,
        REPO,
        {".trace.yml": "ignore:\n  - paths: ['tools/**']\n    reason: operator scripts\n"},
        message="Exempt operator scripts",
    )
    [pushed] = Scan.objects.filter(repository=repository, kind=ScanKind.DEFAULT)
    scan_execute(scan_id=pushed.pk)  # the push to the default branch is scanned first
    later = gh.open_pull(OWNER, REPO, head="feature/tools", files={"tools/run.py": SHELL_FLAW})
    [second] = [s for s in _pull_scans(repository) if s.pk != first.pk]
    scan_execute(scan_id=second.pk)
    pull = PullRequestScan.objects.get(scan=second)
    assert (pull.findings, pull.suppressed_count) == ([], 1)
    [run] = _run_by_head(gh, later["head"]["sha"])
    assert run["conclusion"] == "success"
    assert "1 suppressed in the repository" in run["output"]["summary"]


def test_a_check_github_refuses_is_reported_in_trace_and_the_scan_still_completes(
    bound: Bound, settings: Any
) -> None:
    gh, client, repository = bound.gh, bound.client, bound.repository
    opened = gh.open_pull(OWNER, REPO, head="feature/limited", files={"notes.txt": "x\n"})
    installation_id = gh.delivery(opened["deliveries"][0]["id"])["request"]["payload"][
        "installation"
    ]["id"]
    # The installation's API quota is used up (the clone is git, not the API).
    settings.GITHUB_MAX_RATE_LIMIT_WAIT_SECONDS = 0
    gh.rate_limit(remaining=0, installation=installation_id)
    [scan] = _pull_scans(repository)
    scan_execute(scan_id=scan.pk)
    scan.refresh_from_db()
    assert scan.status == ScanState.COMPLETED, scan.error_message
    pull = PullRequestScan.objects.get(scan=scan)
    assert pull.check_run_id is None
    assert pull.check_error.startswith("GitHub refused the check run (rate_limited")
    assert _run_by_head(gh, opened["head"]["sha"]) == []
    page = client.get(f"/scans/{scan.pk}/").content.decode()
    assert 'data-testid="check-error"' in page


class WorkerKilled(BaseException):
    """The worker process ends here (killed, OOM): nothing after this line of it runs."""


class _KillOn(logging.Handler):
    """Kills the worker at the log line it writes right after a step took effect."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage() == self.message:
            raise WorkerKilled(self.message)


def _execute_killed_at(scan_id: int, logger_name: str, message: str) -> None:
    """Run the real worker on ``scan_id`` until it writes ``message`` to ``logger_name``, and
    end it there, as a kill would (nothing of the worker after that line runs)."""
    killer = _KillOn(message)
    target = logging.getLogger(logger_name)
    target.addHandler(killer)
    try:
        with pytest.raises(WorkerKilled):
            scan_execute(scan_id=scan_id)
    finally:
        target.removeHandler(killer)


def test_a_worker_killed_between_recording_and_publishing_leaves_the_check_to_the_reaper(
    bound: Bound,
) -> None:
    gh, repository = bound.gh, bound.repository
    opened = gh.open_pull(
        OWNER, REPO, head="feature/crash", files={"orders/archive.py": SHELL_FLAW}
    )
    [scan] = _pull_scans(repository)
    # The worker dies right after the transaction that recorded the scan's result committed,
    # before it published the check: the real boundary, in the real worker code.
    _execute_killed_at(scan.pk, "tracesec.scans.execution", "scan.pull_request_completed")
    scan.refresh_from_db()
    pull = PullRequestScan.objects.get(scan=scan)
    assert scan.status == ScanState.COMPLETED
    assert (pull.check_pending, pull.check_conclusion) == (True, "")
    [run] = _run_by_head(gh, opened["head"]["sha"])
    assert run["status"] == "in_progress"

    # The reaper completes it from what was recorded, once.
    reap_and_requeue()
    [run] = _run_by_head(gh, opened["head"]["sha"])
    assert (run["status"], run["conclusion"]) == ("completed", "failure")
    assert [a["path"] for a in run["annotations"]] == ["orders/archive.py"]
    pull.refresh_from_db()
    assert (pull.check_pending, pull.check_conclusion, pull.check_attempts) == (False, "failure", 1)
    reap_and_requeue()
    assert _run_by_head(gh, opened["head"]["sha"]) == [run]

    # A publisher that died after GitHub completed the run but before Trace recorded it: the
    # next attempt asks GitHub and records its conclusion, without completing it again.
    PullRequestScan.objects.filter(pk=pull.pk).update(check_pending=True, check_conclusion="")
    reap_and_requeue()
    pull.refresh_from_db()
    assert (pull.check_pending, pull.check_conclusion, pull.check_attempts) == (False, "failure", 2)
    assert _run_by_head(gh, opened["head"]["sha"]) == [run]
    assert run["annotationBatches"] == [0, 1]


def test_a_check_held_by_a_live_publisher_is_left_alone_and_retried_when_github_refuses(
    bound: Bound, settings: Any
) -> None:
    gh, repository = bound.gh, bound.repository
    opened = gh.open_pull(OWNER, REPO, head="feature/held", files={"notes.txt": "x\n"})
    [scan] = _pull_scans(repository)
    publish_started(scan.pk, repository)
    Scan.objects.filter(pk=scan.pk).update(status=ScanState.CANCELLED)
    # another publisher holds it: the reaper does not complete it a second time
    held = timezone.now() + timedelta(minutes=5)
    PullRequestScan.objects.filter(scan=scan).update(check_claimed_until=held)
    assert publish_pending_checks() == []
    [run] = _run_by_head(gh, opened["head"]["sha"])
    assert run["status"] == "in_progress"

    # its claim expired (it died); GitHub's API quota is used up: kept pending, with the reason
    PullRequestScan.objects.filter(scan=scan).update(check_claimed_until=None)
    installation_id = gh.delivery(opened["deliveries"][0]["id"])["request"]["payload"][
        "installation"
    ]["id"]
    settings.GITHUB_MAX_RATE_LIMIT_WAIT_SECONDS = 0
    gh.rate_limit(remaining=0, installation=installation_id)
    assert publish_pending_checks() == [scan.pk]
    pull = PullRequestScan.objects.get(scan=scan)
    assert pull.check_pending
    assert pull.check_error.startswith("GitHub refused the check run")
    gh.rate_limit(remaining=5000, installation=installation_id)
    assert publish_pending_checks() == [scan.pk]
    [run] = _run_by_head(gh, opened["head"]["sha"])
    assert (run["status"], run["conclusion"]) == ("completed", "cancelled")
    pull.refresh_from_db()
    assert (pull.check_pending, pull.check_error, pull.check_attempts) == (False, "", 2)


def test_a_finding_ignored_in_trace_is_left_out_of_the_rerequested_check(
    bound: Bound, org_a: Any, org_b: Any, client_for: Any
) -> None:
    """Which case, and why it is realistic: fingerprints include the path, and a pull request's
    finding is only *new* when its fingerprint is not on the merge base, so an ignore in Trace
    (of a default-branch finding) can only meet a pull request's new finding when the same code
    at the same path reaches the default branch by another route while the pull request is
    open. Here the flaw is cherry-picked straight onto the default branch (an urgent change
    pushed to main), the default-branch scan finds it and the security lead ignores it with a
    reason; the pull request, branched before that commit, still brings it relative to its
    merge base. Re-running the check must not count it again."""
    gh, client, repository = bound.gh, bound.client, bound.repository
    opened = gh.open_pull(
        OWNER, REPO, head="feature/archive", files={"orders/archive.py": SHELL_FLAW}
    )
    [first] = _pull_scans(repository)
    scan_execute(scan_id=first.pk)
    [run] = _run_by_head(gh, opened["head"]["sha"])
    assert run["conclusion"] == "failure"
    assert [a["path"] for a in run["annotations"]] == ["orders/archive.py"]
    [pr_finding] = PullRequestScan.objects.get(scan=first).findings

    # The same change lands on the default branch, is scanned there, and is ignored in Trace.
    gh.push(OWNER, REPO, {"orders/archive.py": SHELL_FLAW}, message="Hotfix: archive orders")
    default_scan, _ = scan_request(repository=repository, requested_by=org_a.admin.user)
    scan_execute(scan_id=default_scan.pk)
    finding = Finding.objects.get(repository=repository, path="orders/archive.py")
    assert finding.fingerprint == pr_finding["fingerprint"]
    # another organization cannot ignore it
    refused = client_for(org_b.admin).post(
        f"/findings/{finding.pk}/ignore/", {"reason": "accepted_risk"}
    )
    assert refused.status_code == 404
    answer = client.post(
        f"/findings/{finding.pk}/ignore/",
        {"reason": "accepted_risk", "comment": "the target is an order id, validated upstream"},
    )
    assert answer.status_code == 302
    finding.refresh_from_db()
    assert finding.status == "ignored"

    # "Re-run" on GitHub: a new scan of the same head and a new check run without it.
    rerun = gh.rerequest_check_run(run["id"])
    assert rerun["delivery"]["status_code"] == 200
    [_, second] = _pull_scans(repository)
    scan_execute(scan_id=second.pk)
    pull = PullRequestScan.objects.get(scan=second)
    assert pull.merge_base_sha == opened["base"]["sha"]  # the hotfix is not on the merge base
    assert (pull.findings, pull.ignored_count) == ([], 1)
    earlier, latest = _run_by_head(gh, opened["head"]["sha"])
    assert earlier["id"] == run["id"]
    assert latest["annotations"] == []
    assert latest["conclusion"] == "success"  # nothing new counts: the gate has nothing to fail
    assert "Not counted: 1 ignored in Trace." in latest["output"]["summary"]


def test_a_closed_or_merged_pull_request_cancels_its_queued_scan(
    bound: Bound, org_a: Any, org_b: Any, client_for: Any, api_client_for: Any
) -> None:
    gh, client, repository = bound.gh, bound.client, bound.repository
    opened = gh.open_pull(
        OWNER, REPO, head="feature/drop", title="Drop orders", files={"a.txt": "a\n"}
    )
    number = opened["number"]
    [queued] = _pull_scans(repository)

    closed = gh.close_pull(OWNER, REPO, number)
    [delivery] = closed["deliveries"]
    assert delivery["status_code"] == 200, delivery
    queued.refresh_from_db()
    assert queued.status == ScanState.CANCELLED  # never started: no work, no check run
    assert _run_by_head(gh, opened["head"]["sha"]) == []
    listing = client.get(f"/repositories/{repository.pk}/").content.decode()
    assert 'data-testid="pull-state">closed<' in listing
    assert client_for(org_b.admin).get(f"/repositories/{repository.pk}/").status_code == 404

    # Reopened: a new scan is queued and the pull request is open again. A replayed or forged
    # `closed` delivery then changes nothing.
    gh.reopen_pull(OWNER, REPO, number)
    [_, again] = _pull_scans(repository)
    assert again.status == ScanState.QUEUED
    assert set(
        PullRequestScan.objects.filter(number=number).values_list("pull_state", flat=True)
    ) == {"open"}
    gh.redeliver(delivery["id"])
    detail = gh.delivery(delivery["id"])
    forged = _post(
        detail["url"], detail["request"]["payload"], "forged-close", signature="sha256=" + "0" * 64
    )
    assert forged.status_code == 401
    secret = gh.app()["webhookSecret"].encode()
    payload = detail["request"]["payload"]
    unclear = {**payload, "pull_request": {**payload["pull_request"], "merged": "yes"}}
    assert _post(detail["url"], unclear, "close-unclear", secret=secret).status_code == 400
    again.refresh_from_db()
    assert again.status == ScanState.QUEUED
    assert "pull-state" not in client.get(f"/repositories/{repository.pk}/").content.decode()

    # Merged: the queued scan is cancelled and the pull request shows as merged.
    merged = gh.merge_pull(OWNER, REPO, number)
    assert merged["deliveries"][0]["status_code"] == 200
    again.refresh_from_db()
    assert again.status == ScanState.CANCELLED
    assert set(
        PullRequestScan.objects.filter(number=number).values_list("pull_state", flat=True)
    ) == {"merged"}
    listing = client.get(f"/repositories/{repository.pk}/").content.decode()
    assert 'data-testid="pull-state">merged<' in listing
    answer = api_client_for(org_a.member).get(f"/api/v1/scans/{again.pk}")
    assert answer.json()["pull_request"]["state"] == "merged"
    assert api_client_for(org_b.admin).get(f"/api/v1/scans/{again.pk}").status_code == 404


def test_every_token_of_a_pull_request_job_is_revoked_when_its_work_is_done(
    bound: Bound, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clone's token (contents: read) and each check publication's (checks: write) are
    refused by GitHub once the job no longer needs them. The tokens GitHub issues are noted on
    the way out (the job keeps them in memory only); nothing about the call is changed."""
    gh, repository = bound.gh, bound.repository
    issued: list[InstallationToken] = []
    create_token = GitHubClient.create_installation_token

    def noting(client: GitHubClient, *args: Any, **kwargs: Any) -> InstallationToken:
        issued.append(create_token(client, *args, **kwargs))
        return issued[-1]

    monkeypatch.setattr(GitHubClient, "create_installation_token", noting)
    gh.open_pull(OWNER, REPO, head="feature/shell", files={"tools/run.py": SHELL_FLAW})
    [scan] = _pull_scans(repository)
    scan_execute(scan_id=scan.pk)
    monkeypatch.undo()
    assert [t.permissions.get("checks") for t in issued] == [None, "write", "write"]
    for token in issued:
        refused = gh.api("GET", f"/repos/{repository.full_name}", token=token.token)
        assert (refused.status_code, refused.json()["message"]) == (401, "Bad credentials")


def test_a_worker_killed_right_after_github_created_the_run_never_leaves_a_second_one(
    bound: Bound,
) -> None:
    gh, repository = bound.gh, bound.repository
    opened = gh.open_pull(
        OWNER, REPO, head="feature/early", files={"orders/archive.py": SHELL_FLAW}
    )
    [scan] = _pull_scans(repository)
    # GitHub created the run; the worker dies before Trace kept the run's id
    _execute_killed_at(scan.pk, "tracesec.integrations.github.checks", "github.check_run_started")
    assert PullRequestScan.objects.get(scan=scan).check_run_id is None
    [created] = _run_by_head(gh, opened["head"]["sha"])
    assert created["status"] == "in_progress"

    # its lease runs out; the reaper puts the scan back and another worker resumes it
    Scan.objects.filter(pk=scan.pk).update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    assert reap_and_requeue().requeued == (scan.pk,)
    scan_execute(scan_id=scan.pk)
    scan.refresh_from_db()
    assert scan.status == ScanState.COMPLETED, scan.error_message
    [run] = _run_by_head(gh, opened["head"]["sha"])
    assert run["id"] == created["id"]
    assert (run["status"], run["conclusion"]) == ("completed", "failure")
    assert PullRequestScan.objects.get(scan=scan).check_run_id == run["id"]
