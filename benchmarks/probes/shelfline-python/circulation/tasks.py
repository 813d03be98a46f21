import logging

from celery import shared_task

from notifications.tasks import send_overdue_notice

from . import repositories

log = logging.getLogger(__name__)


@shared_task
def build_overdue_notices(branch_code, min_days_overdue):
    rows = repositories.overdue_loans_for_branch(branch_code, min_days_overdue)
    for row in rows:
        send_overdue_notice.delay(row["loan_id"])
    log.info("queued %d overdue notices for %s", len(rows), branch_code)
    return len(rows)
