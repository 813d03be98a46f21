"""Task wrappers: ids in, one service call. Imported by workers."""

from __future__ import annotations

from django_tasks import task

from tracesec.inventory.rematch import advisory_update_apply


@task()
def advisory_update_run(advisory_update_id: int) -> None:
    advisory_update_apply(advisory_update_id=advisory_update_id)
