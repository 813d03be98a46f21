"""The filter bar's facets and chips: multi-valued filters, counts that honour the other
filters, one grouped query per facet, and another organization's findings never counted."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.support.builders import engine_finding, make_repository, make_scan, scan_result
from tracesec.engines.model import Engine, Severity
from tracesec.findings.facets import filter_chips, finding_facets
from tracesec.findings.models import Finding, SavedView, Status
from tracesec.findings.recording import findings_record
from tracesec.findings.selectors import FindingFilters, findings_filter

pytestmark = pytest.mark.django_db


def _record(org: Any, name: str, found: tuple[Any, ...]) -> Any:
    repository = make_repository(org, name)
    findings_record(scan=make_scan(repository), result=scan_result(found), now=timezone.now())
    return repository


@pytest.fixture
def world(org_a: Any, org_b: Any) -> dict[str, Any]:
    api = _record(
        org_a.organization,
        "a/api",
        (
            engine_finding("api-crit", severity=Severity.CRITICAL, rule_id="py.sqli"),
            engine_finding("api-high", severity=Severity.HIGH, rule_id="py.sqli"),
            engine_finding("api-low", severity=Severity.LOW, rule_id="py.xss"),
            engine_finding("api-secret", Engine.SECRETS, severity=Severity.HIGH, rule_id="aws"),
        ),
    )
    web = _record(
        org_a.organization,
        "a/web",
        (
            engine_finding("web-high", severity=Severity.HIGH, rule_id="py.xss"),
            engine_finding("web-med", severity=Severity.MEDIUM, rule_id="py.xss"),
        ),
    )
    # organization B: the same kinds of findings, more of them; never counted for A
    _record(
        org_b.organization,
        "b/api",
        tuple(
            engine_finding(f"b-{i}", severity=Severity.CRITICAL, rule_id="py.sqli")
            for i in range(5)
        ),
    )
    Finding.objects.filter(fingerprint="web-med").update(
        status=Status.IGNORED, ignore_reason="accepted_risk"
    )
    Finding.objects.filter(fingerprint="api-crit").update(assignee=org_a.member.user)
    Finding.objects.filter(fingerprint="api-low").update(assignee=org_a.admin.user)
    return {"api": api, "web": web}


def _counts(facets: Any, name: str) -> dict[str, int]:
    return {o.value: o.count for o in facets.get(name).options}


def _facets(org: Any, query: str, viewer: Any = None) -> Any:
    return finding_facets(
        organization_id=org.organization.pk,
        filters=FindingFilters.from_query(QueryDict(query)),
        viewer_id=viewer.user_id if viewer else None,
    )


def test_multi_valued_filters_round_trip_and_match_any_value(world: Any, org_a: Any) -> None:
    query = (
        f"severity=critical&severity=high&repository={world['api'].pk}"
        f"&repository={world['web'].pk}&rule=py.sqli&rule=aws&assignee=me&assignee=none"
        "&due=overdue&due=soon"
    )
    filters = FindingFilters.from_query(QueryDict(query))
    assert filters.repository_ids == (world["api"].pk, world["web"].pk)
    assert filters.rules == ("py.sqli", "aws")
    assert filters.assignees == ("me", "none")
    assert filters.dues == ("overdue", "soon")
    assert FindingFilters.from_query(QueryDict(filters.to_query())) == filters
    rows = findings_filter(
        organization_id=org_a.organization.pk,
        filters=FindingFilters.from_query(
            QueryDict("severity=critical&severity=high&rule=py.sqli&rule=aws")
        ),
    )
    assert set(rows.values_list("fingerprint", flat=True)) == {"api-crit", "api-high", "api-secret"}


def test_every_status_ticked_is_any_status() -> None:
    filters = FindingFilters.from_query(QueryDict("status=open&status=ignored&status=fixed"))
    assert filters.statuses == ()
    assert filters.to_query() == "status=all"


def test_malformed_values_are_dropped_not_errors() -> None:
    filters = FindingFilters.from_query(
        QueryDict("repository=abc&repository=-3&repository=7,8&assignee=x&assignee=5&due=later")
    )
    assert filters.repository_ids == (7, 8)
    assert filters.assignees == ("5",)
    assert filters.dues == ()


def test_a_facet_counts_every_option_under_the_other_filters(world: Any, org_a: Any) -> None:
    facets = _facets(org_a, "severity=high&engine=sast")
    # severity counts ignore the severity filter but honour engine and the default status
    assert _counts(facets, "severity") == {
        "critical": 1,
        "high": 2,
        "medium": 0,  # ignored, and status defaults to open
        "low": 1,
        "info": 0,
    }
    # engine counts honour severity=high, not engine=sast
    assert _counts(facets, "engine") == {"sast": 2, "sca": 0, "secrets": 1}
    assert _counts(facets, "status") == {"open": 2, "ignored": 0, "fixed": 0}
    repositories = {o.label: o.count for o in facets.get("repository").options}
    assert repositories == {"a/api": 1, "a/web": 1}
    assert facets.total == 2
    assert [o.value for o in facets.get("severity").chosen] == ["high"]


def test_status_rule_and_assignee_facets(world: Any, org_a: Any) -> None:
    facets = _facets(org_a, "rule=py.xss", viewer=org_a.member)
    assert _counts(facets, "status") == {"open": 2, "ignored": 1, "fixed": 0}
    rules = _counts(facets, "rule")
    assert rules == {"py.sqli": 2, "py.xss": 2, "aws": 1}
    assignees = _counts(facets, "assignee")
    # rule=py.xss applies: the member's critical is a py.sqli finding
    assert assignees["me"] == 0
    assert assignees["none"] == 1
    assert assignees[str(org_a.admin.user_id)] == 1
    everything = _facets(org_a, "", viewer=org_a.member)
    assert _counts(everything, "assignee")["me"] == 1


def test_due_facet_counts_overdue_and_soon(world: Any, org_a: Any) -> None:
    now = timezone.now()
    Finding.objects.filter(fingerprint="api-high").update(first_seen_at=now - timedelta(days=40))
    Finding.objects.filter(fingerprint="web-high").update(first_seen_at=now - timedelta(days=25))
    facets = _facets(org_a, "severity=high")
    assert _counts(facets, "due") == {"overdue": 1, "soon": 1}
    both = findings_filter(
        organization_id=org_a.organization.pk,
        filters=FindingFilters.from_query(QueryDict("due=overdue&due=soon")),
    )
    # the critical one, seen just now, is due within the week (critical: 7 days)
    assert set(both.values_list("fingerprint", flat=True)) == {"api-high", "web-high", "api-crit"}


def test_counts_with_every_filter_applied_and_with_none(world: Any, org_a: Any) -> None:
    every_list_filter = (
        f"severity=high&engine=sast&status=open&repository={world['api'].pk}&rule=py.sqli"
        "&assignee=none"
    )
    facets = _facets(org_a, every_list_filter, viewer=org_a.member)
    # critical is the member's, not unassigned
    assert _counts(facets, "severity") == {
        "critical": 0,
        "high": 1,
        "medium": 0,
        "low": 0,
        "info": 0,
    }
    assert _counts(facets, "due") == {"overdue": 0, "soon": 0}  # high: 30 days to fix
    facets = _facets(org_a, every_list_filter + "&due=soon", viewer=org_a.member)
    assert _counts(facets, "due") == {"overdue": 0, "soon": 0}
    assert _counts(facets, "severity")["high"] == 0
    # the deadline facet alone applied, and nothing applied but "any status"
    assert _counts(_facets(org_a, "due=soon"), "due") == {"overdue": 0, "soon": 1}
    assert _counts(_facets(org_a, "status=all"), "due") == {"overdue": 0, "soon": 1}


def test_another_organizations_findings_are_never_counted(
    world: Any, org_a: Any, org_b: Any
) -> None:
    facets = _facets(org_a, "")
    assert _counts(facets, "severity")["critical"] == 1
    assert _counts(facets, "rule")["py.sqli"] == 2
    assert facets.total == 5
    # B's repository id in A's filters names nothing of A's: no option, no match
    b_repo = Finding.objects.filter(organization=org_b.organization).first().repository_id
    facets = _facets(org_a, f"repository={b_repo}")
    assert facets.total == 0
    assert all(o.label != "b/api" for o in facets.get("repository").options)


def test_one_query_per_facet(world: Any, org_a: Any) -> None:
    with CaptureQueriesContext(connection) as few:
        _facets(org_a, "")
    # many more rules, repositories and assignees do not add queries
    _record(
        org_a.organization,
        "a/more",
        tuple(engine_finding(f"m-{i}", rule_id=f"rule.{i}") for i in range(40)),
    )
    with CaptureQueriesContext(connection) as many:
        _facets(org_a, "rule=rule.39&rule=not.offered")
    assert len(many.captured_queries) <= len(few.captured_queries) + 1  # the chosen rules
    assert len(few.captured_queries) <= 11


def test_chips_remove_one_value_each(world: Any, org_a: Any) -> None:
    filters = FindingFilters.from_query(
        QueryDict(
            f"severity=critical&severity=high&repository={world['api'].pk}&q=sql&status=ignored"
        )
    )
    facets = finding_facets(organization_id=org_a.organization.pk, filters=filters)
    chips = {(c.label, c.value): c.remove_query for c in filter_chips(filters, facets)}
    assert set(chips) == {
        ("Severity", "Critical"),
        ("Severity", "High"),
        ("Repository", "a/api"),
        ("Search", "sql"),
        ("Status", "Ignored"),
    }
    assert FindingFilters.from_query(QueryDict(chips[("Severity", "High")])).severities == (
        "critical",
    )
    # removing the only status goes back to the default (open), not "any"
    assert FindingFilters.from_query(QueryDict(chips[("Status", "Ignored")])).statuses == ("open",)
    assert filters.cleared().to_query() == ""


def test_the_list_page_shows_counts_chips_clear_all_and_assignees(
    world: Any, org_a: Any, client_for: Any
) -> None:
    client = client_for(org_a.member)
    body = client.get("/findings/?severity=critical&severity=high").content.decode()
    assert 'name="severity" value="critical" checked' in body
    assert 'name="severity" value="low">' in body  # offered, not chosen
    assert body.count('data-testid="chip"') == 2
    assert 'data-testid="clear-all"' in body
    assert 'href="/findings/?severity=high"' in body  # the Critical chip's removal
    assert 'data-testid="matching-total">4 matching' in body
    assert org_a.member.user.email in body  # the assignee column
    mine = client.get("/findings/?assignee=me").content.decode()
    assert mine.count('data-testid="finding-row"') == 1
    assert 'data-testid="assigned-to-me" aria-current="true"' in mine
    assert (
        client.get("/findings/?assignee=none").content.decode().count('data-testid="finding-row"')
        == 3
    )
    # nothing of organization B's is counted on A's page
    b_view = client_for(org_a.viewer).get("/findings/?rule=py.sqli").content.decode()
    assert 'data-testid="matching-total">2 matching' in b_view


def test_an_old_single_value_saved_view_restores(world: Any, org_a: Any, client_for: Any) -> None:
    SavedView.objects.create(
        organization=org_a.organization,
        user=org_a.member.user,
        name="old",
        query=f"repository={world['web'].pk}&rule=py.xss&due=overdue",
    )
    filters = FindingFilters.from_query(QueryDict(SavedView.objects.get().query))
    assert filters.repository_ids == (world["web"].pk,)
    assert filters.rules == ("py.xss",)
    assert filters.dues == ("overdue",)
    client = client_for(org_a.member)
    client.post(
        "/findings/views/",
        {"name": "two", "query": "severity=high&severity=critical&assignee=me&assignee=none"},
    )
    saved = SavedView.objects.get(name="two").query
    assert saved == "severity=high&severity=critical&assignee=me&assignee=none"
