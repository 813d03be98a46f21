"""Task wrappers: ids in, one service call."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from tracesec.common.tasks import enqueue_on_commit
from tracesec.integrations.github.purge import deliveries_purge, setup_states_purge
from tracesec.integrations.github.sync import connection_sync
from tracesec.integrations.sync_status import connection_mark_sync_queued


@task()
def github_connection_sync(connection_id: int) -> None:
    connection_sync(connection_id=connection_id)
    schedule_purge()


@task()
def github_purge() -> None:
    setup_states_purge()
    deliveries_purge()


def connection_sync_enqueue(*, connection_id: int) -> None:
    """Mark the sync queued and enqueue it once the surrounding transaction commits."""
    connection_mark_sync_queued(connection_id=connection_id)
    enqueue_on_commit(github_connection_sync, connection_id=connection_id)


def schedule_purge(delay_seconds: float = 600.0) -> None:
    """Purge expired setup states and old delivery ids later (now if the backend cannot defer)."""
    if not github_purge.get_backend().supports_defer:
        setup_states_purge()
        deliveries_purge()
        return
    github_purge.using(run_after=timezone.now() + timedelta(seconds=delay_seconds)).enqueue()
