"""Schedule pages: admins set, everyone sees the next run, bad input, tenant isolation."""

from __future__ import annotations

import pytest

from tests.support.builders import make_repository
from tests.support.organizations import OrgWithPeople
from tracesec.repositories.models import Repository, RepositoryStatus
from tracesec.schedules.models import OrganizationSchedule, RepositorySchedule

pytestmark = pytest.mark.django_db


def test_admin_sets_weekly_schedule_and_next_runs_follow(org_a: OrgWithPeople, client_for) -> None:
    repo = make_repository(org_a.organization)
    admin = client_for(org_a.admin)
    page = admin.get("/settings/schedule/")
    assert b"Daily, 02:00-02:59 UTC" in page.content  # the default
    response = admin.post(
        "/settings/schedule/", {"frequency": "weekly", "hour": "21", "weekday": "3"}
    )
    assert response.status_code == 302
    saved = OrganizationSchedule.objects.get(organization=org_a.organization)
    assert (saved.frequency, saved.hour, saved.weekday) == ("weekly", 21, 3)
    next_run = RepositorySchedule.objects.get(repository=repo).next_run_at
    assert next_run is not None
    assert (next_run.weekday(), next_run.hour) == (3, 21)
    settings_page = admin.get("/settings/schedule/").content.decode()
    assert "Weekly on Thursday, 21:00-21:59 UTC" in settings_page
    assert next_run.strftime("%Y-%m-%d %H:%M") in settings_page
    repo_page = client_for(org_a.viewer).get(f"/repositories/{repo.pk}/").content.decode()
    assert next_run.strftime("%Y-%m-%d %H:%M") in repo_page
    assert 'data-testid="repository-schedule-form"' not in repo_page  # viewers only see it


def test_bad_values_are_refused_and_change_nothing(org_a: OrgWithPeople, client_for) -> None:
    admin = client_for(org_a.admin)
    for bad in (
        {"frequency": "hourly", "hour": "2", "weekday": "0"},
        {"frequency": "daily", "hour": "24", "weekday": "0"},
        {"frequency": "inherit", "hour": "2", "weekday": "0"},
        {"frequency": "weekly", "hour": "2", "weekday": "9"},
    ):
        assert admin.post("/settings/schedule/", bad).status_code == 400
    assert not OrganizationSchedule.objects.exists()


def test_members_cannot_change_schedules(org_a: OrgWithPeople, client_for) -> None:
    repo = make_repository(org_a.organization)
    member = client_for(org_a.member)
    member.post("/settings/schedule/", {"frequency": "off", "hour": "2", "weekday": "0"})
    member.post(
        f"/repositories/{repo.pk}/schedule/", {"frequency": "off", "hour": "2", "weekday": "0"}
    )
    assert not OrganizationSchedule.objects.exists()
    assert not RepositorySchedule.objects.filter(frequency="off").exists()


def test_repository_override(org_a: OrgWithPeople, client_for) -> None:
    repo = make_repository(org_a.organization)
    admin = client_for(org_a.admin)
    response = admin.post(
        f"/repositories/{repo.pk}/schedule/",
        {"frequency": "off", "hour": "2", "weekday": "0", "history_secrets": "on"},
    )
    assert response.status_code == 302
    repo.refresh_from_db()
    assert repo.scan_history_secrets
    row = RepositorySchedule.objects.get(repository=repo)
    assert row.frequency == "off"
    assert row.next_run_at is None
    page = admin.get(f"/repositories/{repo.pk}/").content.decode()
    assert 'data-testid="repository-next-run">none<' in page
    bad = admin.post(
        f"/repositories/{repo.pk}/schedule/", {"frequency": "yearly", "hour": "2", "weekday": "0"}
    )
    assert bad.status_code == 302
    assert RepositorySchedule.objects.get(repository=repo).frequency == "off"


def test_other_organization_gets_404(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for
) -> None:
    repo = make_repository(org_a.organization)
    response = client_for(org_b.owner).post(
        f"/repositories/{repo.pk}/schedule/", {"frequency": "off", "hour": "2", "weekday": "0"}
    )
    assert response.status_code == 404
    assert not RepositorySchedule.objects.filter(frequency="off").exists()
    # org B's settings page shows only org B's repositories
    assert repo.full_name not in client_for(org_b.owner).get("/settings/schedule/").content.decode()


def test_next_scheduled_scans_leave_out_removed_repositories(
    org_a: OrgWithPeople, client_for
) -> None:
    kept = make_repository(org_a.organization, "acme/kept")
    gone = make_repository(org_a.organization, "acme/gone")
    admin = client_for(org_a.admin)
    admin.get("/settings/schedule/")  # gives both their schedule
    Repository.objects.filter(pk=gone.pk).update(status=RepositoryStatus.REMOVED)
    page = admin.get("/settings/schedule/").content.decode()
    assert kept.full_name in page
    assert gone.full_name not in page
