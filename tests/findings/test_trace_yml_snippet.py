"""An ignored finding's page offers the matching .trace.yml entry; an open one does not."""

from __future__ import annotations

import html
import re

import pytest

from tests.support.builders import seed
from tests.support.organizations import OrgWithPeople
from tracesec.engines import suppressions
from tracesec.findings.models import Finding, IgnoreReason, Status

pytestmark = pytest.mark.django_db


def _snippet(body: str) -> str:
    found = re.search(r'<pre class="mono" data-testid="trace-yml-snippet">(.*?)</pre>', body, re.S)
    assert found, "no .trace.yml snippet on the page"
    return html.unescape(found.group(1))


def test_ignored_sca_finding_offers_its_trace_yml_entry(org_a: OrgWithPeople, client_for) -> None:
    repo, _scan = seed(org_a.organization)
    finding = Finding.objects.get(repository=repo, engine="sca")
    client = client_for(org_a.member)
    assert 'data-testid="trace-yml"' not in client.get(f"/findings/{finding.pk}/").content.decode()
    response = client.post(
        f"/findings/{finding.pk}/ignore/",
        {"reason": IgnoreReason.FALSE_POSITIVE, "expires_on": "2031-05-01"},
    )
    assert response.status_code == 302
    finding.refresh_from_db()
    assert finding.status == Status.IGNORED
    text = _snippet(client.get(f"/findings/{finding.pk}/").content.decode())
    [entry] = suppressions.load_config(text.encode())
    assert entry.advisories == ("GHSA-aaaa-bbbb-cccc",)
    assert entry.paths == ("requirements.txt",)
    assert entry.reason == "False positive"
    assert str(entry.expires) == "2031-05-01"


def test_another_organizations_finding_is_not_found(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for
) -> None:
    repo, _scan = seed(org_a.organization)
    finding = Finding.objects.get(repository=repo, engine="sca")
    Finding.objects.filter(pk=finding.pk).update(status=Status.IGNORED)
    assert client_for(org_b.admin).get(f"/findings/{finding.pk}/").status_code == 404
