"""Saved views: per member and per organization; another member or organization never sees or
deletes them (404), bad input is refused with a message and saves nothing."""

from __future__ import annotations

from typing import Any

import pytest

from tracesec.findings.models import SavedView
from tracesec.findings.saved_views import MAX_SAVED_VIEWS, saved_views_for

pytestmark = pytest.mark.django_db


def test_save_normalises_the_query_and_lists_it_for_its_owner_only(
    org_a: Any, org_b: Any, client_for: Any
) -> None:
    client = client_for(org_a.viewer)
    response = client.post(
        "/findings/views/",
        {"name": "  Critical  SQLi ", "query": "severity=critical&cwe=CWE-89&bogus=1&page=4"},
    )
    assert response.status_code == 302
    view = SavedView.objects.get()
    assert view.name == "Critical SQLi"
    assert view.query == "severity=critical&cwe=CWE-89"
    page = client.get("/findings/").content.decode()
    assert "Critical SQLi" in page
    assert "Critical SQLi" not in client_for(org_a.admin).get("/findings/").content.decode()
    assert "Critical SQLi" not in client_for(org_b.viewer).get("/findings/").content.decode()


def test_saving_by_an_existing_name_replaces_it(org_a: Any, client_for: Any) -> None:
    client = client_for(org_a.viewer)
    client.post("/findings/views/", {"name": "mine", "query": "severity=high"})
    client.post("/findings/views/", {"name": "mine", "query": "severity=low"})
    assert list(SavedView.objects.values_list("query", flat=True)) == ["severity=low"]


def test_bad_input_is_refused_and_saves_nothing(org_a: Any, client_for: Any) -> None:
    client = client_for(org_a.viewer)
    response = client.post(
        "/findings/views/", {"name": "   ", "query": "severity=high"}, follow=True
    )
    assert "Give the view a name." in response.content.decode()
    for n in range(MAX_SAVED_VIEWS):
        SavedView.objects.create(
            organization=org_a.organization, user=org_a.viewer.user, name=f"v{n}", query=""
        )
    response = client.post("/findings/views/", {"name": "one more", "query": ""}, follow=True)
    assert "delete one first" in response.content.decode()
    assert not SavedView.objects.filter(name="one more").exists()


def test_only_the_owner_deletes_a_view(org_a: Any, org_b: Any, client_for: Any) -> None:
    view = SavedView.objects.create(
        organization=org_a.organization, user=org_a.viewer.user, name="mine", query=""
    )
    assert client_for(org_b.viewer).post(f"/findings/views/{view.pk}/delete/").status_code == 404
    assert client_for(org_a.admin).post(f"/findings/views/{view.pk}/delete/").status_code == 404
    assert client_for(org_a.viewer).get(f"/findings/views/{view.pk}/delete/").status_code == 405
    assert client_for(org_a.viewer).post(f"/findings/views/{view.pk}/delete/").status_code == 302
    assert (
        saved_views_for(organization_id=org_a.organization.pk, user_id=org_a.viewer.user_id) == []
    )
