"""The scheduler with an injected clock: slots, jitter, overrides, exactly-once claims."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.support.builders import make_org, make_repository
from tracesec.repositories.models import Repository, RepositoryStatus
from tracesec.scans.models import Scan
from tracesec.scans.state import ScanState
from tracesec.schedules.clock import ManualClock
from tracesec.schedules.models import RepositorySchedule, ScheduledRun
from tracesec.schedules.runner import run_scheduler
from tracesec.schedules.services import (
    TickReport,
    _run_one,
    schedule_set_organization,
    schedule_set_repository,
    scheduler_tick,
)
from tracesec.schedules.timing import Frequency, Schedule, jitter_seconds, next_run_after

MONDAY = datetime(2026, 12, 7, 0, 0, tzinfo=UTC)


def test_jitter_is_deterministic_and_spread_over_the_hour() -> None:
    offsets = [jitter_seconds(i) for i in range(1, 10_001)]
    assert offsets == [jitter_seconds(i) for i in range(1, 10_001)]
    assert all(0 <= o < 3600 for o in offsets)
    per_second = max(offsets.count(o) for o in set(offsets))
    assert per_second <= 12  # 10,000 over 3,600 s: about 3 a second, never a stampede
    assert len({o // 60 for o in offsets}) == 60  # every minute of the hour is used


def test_next_run_daily_weekly_off() -> None:
    daily = Schedule(Frequency.DAILY, hour=2)
    first = next_run_after(daily, MONDAY, 7)
    assert first == MONDAY + timedelta(hours=2, seconds=jitter_seconds(7))
    assert next_run_after(daily, first, 7) == first + timedelta(days=1)  # type: ignore[arg-type]
    weekly = Schedule(Frequency.WEEKLY, hour=23, weekday=4)  # Fridays
    friday = next_run_after(weekly, MONDAY, 7)
    assert friday is not None
    assert friday.weekday() == 4
    assert friday.hour == 23
    assert next_run_after(weekly, friday, 7) == friday + timedelta(days=7)
    assert next_run_after(Schedule(Frequency.OFF), MONDAY, 7) is None
    with pytest.raises(ValueError, match="hour"):
        Schedule(Frequency.DAILY, hour=24)


def _finish_active_scans() -> None:
    Scan.objects.filter(status=ScanState.QUEUED).update(status=ScanState.COMPLETED)


@pytest.mark.django_db
def test_two_simulated_days_scan_each_repository_once_per_day() -> None:
    org = make_org()
    repos = [make_repository(org) for _ in range(5)]
    removed = make_repository(org, status=RepositoryStatus.REMOVED)
    clock = ManualClock(MONDAY)
    scheduler_tick(clock.now())  # creates the schedules (inherit: daily 02:00-02:59)
    while clock.now() < MONDAY + timedelta(days=2):
        # two schedulers tick at the same moment: the second finds nothing left to claim
        first = scheduler_tick(clock.now())
        second = scheduler_tick(clock.now())
        assert second.queued == 0
        assert first.lost_races == 0
        _finish_active_scans()
        clock.advance(timedelta(minutes=7))
    for repo in repos:
        runs = list(ScheduledRun.objects.filter(repository=repo).order_by("slot"))
        assert [run.slot.date() for run in runs] == [MONDAY.date(), (MONDAY + timedelta(1)).date()]
        assert all(run.slot.hour == 2 for run in runs)
        assert [run.outcome for run in runs] == ["queued", "queued"]
        assert Scan.objects.filter(repository=repo).count() == 2
    assert not RepositorySchedule.objects.filter(repository=removed).exists()
    assert not Scan.objects.filter(repository=removed).exists()


def _first_slot() -> tuple[Repository, RepositorySchedule, datetime]:
    """A repository, its schedule row after the first tick, and its first slot."""
    repo = make_repository(make_org())
    scheduler_tick(MONDAY)
    row = RepositorySchedule.objects.get(repository=repo)
    assert row.next_run_at is not None
    return repo, row, row.next_run_at


@pytest.mark.django_db
def test_a_run_already_claimed_is_not_claimed_again() -> None:
    repo, row, due = _first_slot()
    assert scheduler_tick(due).queued == 1
    # a slow scheduler that read the old slot before the claim: its UPDATE matches no row
    RepositorySchedule.objects.filter(pk=row.pk).update(next_run_at=due)
    report = scheduler_tick(due)  # claims the UPDATE, but the (repository, slot) row exists
    assert report.queued == 0
    assert report.lost_races == 1
    assert ScheduledRun.objects.filter(repository=repo).count() == 1
    assert Scan.objects.filter(repository=repo).count() == 1


@pytest.mark.django_db
def test_active_scan_is_not_doubled_and_off_override_stops_runs() -> None:
    org = make_org()
    busy, quiet = make_repository(org), make_repository(org)
    clock = ManualClock(MONDAY)
    schedule_set_repository(
        repository=quiet, frequency=Frequency.OFF, hour=2, weekday=0, actor=None, now=clock.now()
    )
    scheduler_tick(clock.now())  # a repository's first run is the next slot after it is seen
    Scan.objects.create(organization=org, repository=busy, status=ScanState.SCANNING)
    clock.advance(timedelta(hours=3))
    report = scheduler_tick(clock.now())
    assert (report.queued, report.already_active) == (0, 1)
    assert RepositorySchedule.objects.get(repository=quiet).next_run_at is None
    assert not ScheduledRun.objects.filter(repository=quiet).exists()


@pytest.mark.django_db
def test_changing_the_organization_schedule_moves_inheriting_runs_only() -> None:
    org = make_org()
    inherit, own = make_repository(org), make_repository(org)
    schedule_set_repository(
        repository=own, frequency=Frequency.DAILY, hour=5, weekday=0, actor=None, now=MONDAY
    )
    schedule_set_organization(
        organization=org,
        frequency=Frequency.WEEKLY,
        hour=22,
        weekday=2,
        actor=None,
        now=MONDAY,
    )
    inherit_next = RepositorySchedule.objects.get(repository=inherit).next_run_at
    own_next = RepositorySchedule.objects.get(repository=own).next_run_at
    assert inherit_next is not None
    assert (inherit_next.weekday(), inherit_next.hour) == (2, 22)
    assert own_next is not None
    assert (own_next.date(), own_next.hour) == (MONDAY.date(), 5)
    with pytest.raises(ValueError, match="inherit"):
        schedule_set_organization(
            organization=org, frequency=Frequency.INHERIT, hour=1, weekday=0, actor=None, now=MONDAY
        )


@pytest.mark.django_db
def test_runner_ticks_with_the_injected_clock() -> None:
    org = make_org()
    repo = make_repository(org)
    scheduler_tick(MONDAY)
    due = RepositorySchedule.objects.get(repository=repo).next_run_at
    run_scheduler(interval=0, clock=ManualClock(due), once=True)  # type: ignore[arg-type]
    assert ScheduledRun.objects.filter(repository=repo).count() == 1


@pytest.mark.django_db
def test_a_repository_removed_later_is_not_run_until_it_returns() -> None:
    """Removed after its schedule existed: no daily "not scannable" run rows piling up
    forever; back to active, it runs at its next slot."""
    org = make_org()
    repo = make_repository(org)
    clock = ManualClock(MONDAY)
    scheduler_tick(clock.now())
    Repository.objects.filter(pk=repo.pk).update(status=RepositoryStatus.REMOVED)
    clock.advance(timedelta(days=3))
    report = scheduler_tick(clock.now())
    assert (report.due, report.not_scannable) == (0, 0)
    assert not ScheduledRun.objects.filter(repository=repo).exists()
    Repository.objects.filter(pk=repo.pk).update(status=RepositoryStatus.ACTIVE)
    assert scheduler_tick(clock.now()).queued == 1


@pytest.mark.django_db
def test_a_schedule_deleted_during_the_tick_is_a_lost_race_not_a_crash() -> None:
    repo, row, slot = _first_slot()
    repo_id = repo.pk
    repo.delete()  # between the tick's read of due runs and its claim
    report = TickReport()
    assert _run_one(row.pk, repo_id, slot, Schedule(Frequency.DAILY), slot, report) is False
