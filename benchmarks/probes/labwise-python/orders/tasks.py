import logging

import httpx
from celery import shared_task
from django.utils import timezone

from .models import TestOrder
from .reflab import ReferenceLabClient

logger = logging.getLogger(__name__)

CALLBACK_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


def _callback_payload(order: TestOrder) -> dict:
    return {
        "accession": order.accession,
        "external_order_id": order.external_order_id,
        "status": order.status,
        "priority": order.priority,
        "updated_at": order.updated_at.isoformat(),
        "sent_at": timezone.now().isoformat(),
    }


@shared_task(bind=True, max_retries=5, default_retry_delay=60, acks_late=True)
def notify_order_callback(self, order_id: int) -> int | None:
    """Tell the ordering EHR that the order changed status."""
    order = TestOrder.objects.get(pk=order_id)
    if not order.callback_url:
        return None
    try:
        resp = httpx.post(order.callback_url, json=_callback_payload(order), timeout=CALLBACK_TIMEOUT)  # VULN ssrf
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        logger.warning("callback for %s failed: %s", order.accession, exc)
        raise self.retry(exc=exc)
    return resp.status_code


@shared_task(bind=True, max_retries=3, default_retry_delay=300)
def submit_send_outs(self, order_id: int) -> str | None:
    order = TestOrder.objects.select_related("patient").get(pk=order_id)
    if not order.panels.filter(send_out=True).exists() or order.external_order_id:
        return order.external_order_id or None
    try:
        external_id = ReferenceLabClient().submit_order(order)
    except Exception as exc:  # network errors, 5xx from the reference lab
        raise self.retry(exc=exc)
    order.external_order_id = external_id
    order.save(update_fields=["external_order_id", "updated_at"])
    return external_id
