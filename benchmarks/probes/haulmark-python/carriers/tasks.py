import logging

import requests
from celery import shared_task

from services.notifier import post_event

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=5, retry_backoff=True)
def deliver_webhook(self, url, payload):
    try:
        status = post_event(url, payload)
    except requests.RequestException as exc:
        log.info("webhook delivery to %s failed: %s", url, exc)
        raise self.retry(exc=exc)
    return status
