"""Celery tasks. Importing this package registers all tasks with the shared Celery app."""
from . import notifications, reports, results  # noqa: F401
