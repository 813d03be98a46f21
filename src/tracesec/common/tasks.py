"""Task helpers: enqueue after the surrounding transaction commits.

Define a task as a one-line wrapper over a service, taking ids only::

    from django_tasks import task

    @task()
    def repository_sync(connection_id: int) -> None:
        repositories_sync(connection_id=connection_id)

and enqueue from a service with ``enqueue_on_commit(repository_sync, connection_id=c.id)``.
If the transaction rolls back, nothing is enqueued; a worker never sees a row that does not exist.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django_tasks import task

logger = logging.getLogger(__name__)


def enqueue_on_commit(task: Any, *args: Any, **kwargs: Any) -> None:
    """Enqueue `task(*args, **kwargs)` once the current transaction commits (now if none)."""

    def _enqueue() -> None:
        result = task.enqueue(*args, **kwargs)
        logger.info(
            "task.enqueued", extra={"task": task.module_path, "task_result_id": str(result.id)}
        )

    transaction.on_commit(_enqueue, robust=False)


@task()
def ping() -> str:
    """A no-op: `trace demo` enqueues it to know that a worker is taking tasks."""
    return "pong"
