import logging

from celery import shared_task
from django.conf import settings

from orders.models import TestOrder
from results.models import Result

from .emailer import ResultMailer

logger = logging.getLogger(__name__)

LAB_PHONE = getattr(settings, "LAB_PHONE", "+1 312 555 0142")


@shared_task(bind=True, max_retries=3, default_retry_delay=120)
def send_result_ready_email(self, order_id: int) -> bool:
    order = TestOrder.objects.select_related("patient", "physician").get(pk=order_id)
    if not order.physician.notify_on_final or not order.physician.email:
        return False
    try:
        ResultMailer().send_result_ready(order)
    except OSError as exc:  # SMTP connection problems
        raise self.retry(exc=exc)
    return True


@shared_task
def critical_value_notice(result_id: int) -> str:
    result = Result.objects.select_related("order__physician", "order__patient").get(pk=result_id)
    if not result.is_critical:
        return ""
    text = ResultMailer().render_critical_notice(result.order, result, LAB_PHONE)
    logger.warning("critical value notice queued for %s: %s", result.order.accession, text)
    return text
