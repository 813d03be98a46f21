"""Celery application for background work (paperwork, webhooks, reports, reminders)."""
from __future__ import annotations

from celery import Celery
from celery.schedules import crontab

from millrace.config import get_settings

celery_app = Celery("millrace", broker=get_settings().broker_url, include=["millrace.workers.tasks"])
celery_app.conf.update(
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    timezone="Europe/London",
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    task_routes={
        "millrace.workers.tasks.render_visit_letter": {"queue": "documents"},
        "millrace.workers.tasks.render_receipt": {"queue": "documents"},
        "millrace.workers.tasks.notify_partner": {"queue": "webhooks"},
    },
    beat_schedule={
        "nightly-saved-reports": {"task": "millrace.workers.tasks.run_all_saved_reports", "schedule": crontab(hour=2, minute=15)},
        "basket-reminders": {"task": "millrace.workers.tasks.sweep_basket_reminders", "schedule": crontab(minute="*/30")},
    },
)
