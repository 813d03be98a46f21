"""Background tasks: the Django Tasks API with the database backend (`django-tasks-db`).

Workers are `trace worker` (or `manage db_worker`). Tasks take ids, reload their objects and are
idempotent; services enqueue with `tracesec.common.tasks.enqueue_on_commit`.
"""

TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}
