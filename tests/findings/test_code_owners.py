"""CODEOWNERS suggestions on a finding's page: owners that are members of the finding's
organization (by email, or by the GitHub login Trace knows for them) are offered first in the
assign control, others are shown as text, nothing is assigned by itself, and another
organization's members and pages stay out."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone

from tests.support.builders import (
    engine_finding,
    make_member,
    make_repository,
    make_scan,
    scan_result,
)
from tests.support.organizations import OrgWithPeople
from tracesec.engines.codeowners import ownership, parse
from tracesec.findings.models import Finding
from tracesec.findings.recording import findings_record
from tracesec.integrations.models import GitHubInstallation
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db

CODEOWNERS = """\
*           @acme/security
src/**      dana@example.test  @octo-dana  @acme/web  stranger@example.test  @"Dana Dev"
src/gen/
"""


def _finding(org_a: OrgWithPeople, path: str, provider: str = "bitbucket") -> Finding:
    repo = make_repository(org_a.organization, provider=provider)
    scan = make_scan(repo, status=ScanState.COMPLETED)
    findings_record(
        scan=scan, result=scan_result((engine_finding("f1", path=path),)), now=timezone.now()
    )
    scan.code_owners = ownership(parse(CODEOWNERS), [path])
    scan.save(update_fields=["code_owners"])
    return Finding.objects.get(repository=repo)


def _assign_select(page: str) -> str:
    match = re.search(r'<select id="assignee-select".*?</select>', page, re.DOTALL)
    assert match, page
    return match.group(0)


def test_an_owner_who_is_a_member_is_suggested_first_and_not_assigned(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for
) -> None:
    dana = make_member(org_a.organization, email="dana@example.test")
    make_member(org_b.organization, email="stranger@example.test")  # a member elsewhere only
    finding = _finding(org_a, "src/app/views.py")
    page = client_for(org_a.member).get(f"/findings/{finding.pk}/").content.decode()
    select = _assign_select(page)
    suggested = select.index('data-testid="assignee-suggested"')
    assert select.index("dana@example.test — from CODEOWNERS (src/**)") > suggested
    assert select.index(org_a.admin.user.email) > select.index("Other members")
    assert select.count(f'value="{dana.user_id}"') == 1
    assert " selected" not in select  # a suggestion, never an assignment
    line = re.search(r'data-testid="code-owners">(.*?)</p>', page, re.DOTALL)
    assert line
    text = line.group(1)
    assert "<strong>dana@example.test</strong>" in text
    for shown in ("@acme/web", "stranger@example.test", "@octo-dana", "@&quot;Dana Dev&quot;"):
        assert f'<span class="mono">{shown}</span> (not a member here)' in text
    assert "CODEOWNERS line 2" in text
    finding.refresh_from_db()
    assert finding.assignee_id is None


def test_a_github_login_of_a_member_is_matched_in_a_github_repository(
    org_a: OrgWithPeople, client_for
) -> None:
    octo = make_member(org_a.organization, email="octo@example.test")
    finding = _finding(org_a, "src/x.py", provider="github")
    GitHubInstallation.objects.create(
        installation_id=42,
        account_id=7,
        account_login="acme",
        connection=finding.repository.connection,
        bound_by=octo.user,
        bound_by_github_login="Octo-Dana",
    )
    page = client_for(org_a.member).get(f"/findings/{finding.pk}/").content.decode()
    assert "octo@example.test — from CODEOWNERS (src/**)" in _assign_select(page)
    # the same login in a Bitbucket repository names a Bitbucket user: not matched
    other = _finding(org_a, "src/y.py", provider="bitbucket")
    page = client_for(org_a.member).get(f"/findings/{other.pk}/").content.decode()
    assert "octo@example.test — from CODEOWNERS" not in page


def test_a_path_without_owners_and_a_scan_without_codeowners(
    org_a: OrgWithPeople, client_for
) -> None:
    unowned = _finding(org_a, "src/gen/api.py")
    page = client_for(org_a.viewer).get(f"/findings/{unowned.pk}/").content.decode()
    assert "CODEOWNERS leaves this path without owners" in page
    assert "(<code>src/gen/</code>, CODEOWNERS line 3)" in page
    plain = _finding(org_a, "lib/x.py")
    plain.last_seen_scan.code_owners = {}
    plain.last_seen_scan.save(update_fields=["code_owners"])
    page = client_for(org_a.viewer).get(f"/findings/{plain.pk}/").content.decode()
    assert 'data-testid="code-owners"' not in page
    assert 'data-testid="assignee-suggested"' not in page


def test_another_organization_cannot_see_the_suggestion(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for
) -> None:
    make_member(org_a.organization, email="dana@example.test")
    finding = _finding(org_a, "src/app/views.py")
    assert client_for(org_b.admin).get(f"/findings/{finding.pk}/").status_code == 404


def test_the_api_gives_the_suggestion_of_the_finding_page(
    org_a: OrgWithPeople, org_b: OrgWithPeople, api_client_for
) -> None:
    dana = make_member(org_a.organization, email="dana@example.test")
    make_member(org_b.organization, email="stranger@example.test")  # a member elsewhere only
    finding = _finding(org_a, "src/app/views.py")
    body = api_client_for(org_a.viewer).get(f"/api/v1/findings/{finding.pk}")
    assert body.status_code == 200
    owners = body.json()["code_owners"]
    assert (owners["file"], owners["line"], owners["pattern"]) == ("CODEOWNERS", 2, "src/**")
    # the member first, then the others as written, in file order
    assert owners["owners"] == [
        {
            "owner": "dana@example.test",
            "member": {"user_id": dana.user_id, "email": dana.user.email},
        },
        {"owner": "@octo-dana", "member": None},
        {"owner": "@acme/web", "member": None},
        {"owner": "stranger@example.test", "member": None},
        {"owner": '@"Dana Dev"', "member": None},
    ]
    assert api_client_for(org_b.admin).get(f"/api/v1/findings/{finding.pk}").status_code == 404

    unowned = _finding(org_a, "src/gen/api.py")
    owners = (
        api_client_for(org_a.viewer).get(f"/api/v1/findings/{unowned.pk}").json()["code_owners"]
    )
    assert (owners["pattern"], owners["owners"]) == ("src/gen/", [])
    plain = _finding(org_a, "lib/x.py")
    plain.last_seen_scan.code_owners = {}
    plain.last_seen_scan.save(update_fields=["code_owners"])
    assert (
        api_client_for(org_a.viewer).get(f"/api/v1/findings/{plain.pk}").json()["code_owners"]
        is None
    )
    # the schema documents it
    schema = api_client_for(org_a.viewer).get("/api/v1/openapi.json").json()
    detail = schema["components"]["schemas"]["FindingDetailOut"]["properties"]["code_owners"]
    assert "CODEOWNERS suggests" in detail["description"]
