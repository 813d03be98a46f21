"""Task wrappers: ids in, one service call."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from tracesec.common.tasks import enqueue_on_commit
from tracesec.integrations.bitbucket.exchange import exchanges_purge
from tracesec.integrations.bitbucket.push import push_deliveries_purge
from tracesec.integrations.bitbucket.replay import used_tokens_purge
from tracesec.integrations.bitbucket.sync import connection_sync
from tracesec.integrations.sync_status import connection_mark_sync_queued


@task()
def bitbucket_connection_sync(connection_id: int) -> None:
    connection_sync(connection_id=connection_id)
    schedule_purge()


@task()
def bitbucket_purge() -> None:
    exchanges_purge()
    used_tokens_purge()
    push_deliveries_purge()


def connection_sync_enqueue(*, connection_id: int) -> None:
    """Mark the sync queued and enqueue it once the surrounding transaction commits."""
    connection_mark_sync_queued(connection_id=connection_id)
    enqueue_on_commit(bitbucket_connection_sync, connection_id=connection_id)


def schedule_purge(delay_seconds: float = 120.0) -> None:
    """Purge expired exchanges/nonces/jtis a little later (no-op if the backend cannot defer)."""
    if not bitbucket_purge.get_backend().supports_defer:
        exchanges_purge()
        used_tokens_purge()
        push_deliveries_purge()
        return
    bitbucket_purge.using(run_after=timezone.now() + timedelta(seconds=delay_seconds)).enqueue()
