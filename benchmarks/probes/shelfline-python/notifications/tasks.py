import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail

from . import mailer
from .models import Campaign

log = logging.getLogger(__name__)


@shared_task(autoretry_for=(ConnectionError,), retry_backoff=True)
def send_overdue_notice(loan_id):
    from circulation.models import Loan

    loan = Loan.objects.select_related("patron", "copy__title", "checkout_branch").get(pk=loan_id)
    body = mailer.render_overdue_notice(loan)
    send_mail("Overdue item at Shelfline Libraries", body, settings.DEFAULT_FROM_EMAIL, [loan.patron.email])


@shared_task
def send_campaign(campaign_id):
    from patrons.models import Patron

    campaign = Campaign.objects.get(pk=campaign_id)
    recipients = Patron.objects.select_related("home_branch")
    if campaign.branch_id:
        recipients = recipients.filter(home_branch_id=campaign.branch_id)
    for patron in recipients.iterator():
        subject, body = mailer.render_campaign(campaign, patron)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [patron.email])
    campaign.sent = True
    campaign.save(update_fields=["sent"])
