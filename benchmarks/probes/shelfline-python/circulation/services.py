import datetime
import logging

from django.db import transaction

from . import fines, repositories
from .models import Fine, FinePolicy, Loan

log = logging.getLogger(__name__)

MAX_RENEWALS = 3
LOAN_PERIOD_DAYS = {"book": 21, "ebook": 14, "audio": 21, "dvd": 7}


class CirculationError(Exception):
    pass


def renew_loan(loan, patron):
    if loan.renewals >= MAX_RENEWALS:
        raise CirculationError("renewal limit reached")
    if repositories.active_hold_count(loan.copy.title_id) > 0:
        raise CirculationError("another patron is waiting for this title")
    period = LOAN_PERIOD_DAYS.get(loan.copy.title.format, 21)
    new_due = max(loan.due_date, datetime.date.today()) + datetime.timedelta(days=period)
    if not repositories.increment_renewal(loan.pk, patron.pk, new_due):
        raise CirculationError("loan is not renewable")
    return new_due


@transaction.atomic
def assess_fine(loan_id):
    loan = Loan.objects.select_related("copy__title", "checkout_branch").get(pk=loan_id)
    policy = (
        FinePolicy.objects.filter(
            branch=loan.checkout_branch, item_format=loan.copy.title.format, active=True
        )
        .order_by("-id")
        .first()
    )
    if policy is None:
        log.info("no fine policy for loan %s", loan_id)
        return None
    returned_on = loan.returned_at.date() if loan.returned_at else None
    amount = fines.compute_fine(policy, loan.due_date, returned_on)
    if amount > 0:
        return Fine.objects.create(loan=loan, amount=amount)
    return None
