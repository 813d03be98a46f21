"""Background jobs executed by the Huey consumer."""
import logging

from huey import crontab

from brightwell.config import settings
from brightwell.models import Booking, ExportJob, Listing, Newsletter, Site, Webhook
from brightwell.services import (
    export_service,
    image_service,
    newsletter_service,
    weather_client,
    webhook_client,
)
from brightwell.tasks import notifications
from brightwell.tasks.queue import huey

log = logging.getLogger(__name__)


@huey.task(retries=2, retry_delay=30)
def send_booking_confirmation(booking_id: int) -> None:
    booking = Booking.get_or_none(Booking.id == booking_id)
    if booking is None:
        return
    notifications.booking_confirmation(booking)


@huey.task()
def send_password_reset(gardener_id: int, token: str) -> None:
    from brightwell.repositories.gardener_repo import by_id

    gardener = by_id(gardener_id)
    if gardener:
        notifications.password_reset(gardener, f"{settings.public_base_url}/account/reset/{token}")


@huey.task()
def send_invitation(email: str, site_id: int, code: str) -> None:
    site = Site.get_by_id(site_id)
    notifications.invitation(email, site.name, f"{settings.public_base_url}/join/{code}")


@huey.task(retries=1)
def process_listing_photo(listing_id: int) -> None:
    listing = Listing.get_or_none(Listing.id == listing_id)
    if listing is None or not listing.photo_name:
        return
    image_service.make_thumbnail(listing.photo_name)
    image_service.strip_metadata(listing.photo_name)


@huey.task(retries=3, retry_delay=60)
def notify_listing_webhooks(listing_id: int) -> None:
    listing = Listing.get_or_none(Listing.id == listing_id)
    if listing is None:
        return
    payload = {
        "id": listing.id,
        "title": listing.title,
        "produce_type": listing.produce_type,
        "quantity": str(listing.quantity),
        "unit": listing.unit,
    }
    hooks = Webhook.select().where((Webhook.event == "listing.created") & (Webhook.active == True))  # noqa: E712
    for hook in hooks:
        try:
            webhook_client.deliver(hook.target_url, hook.signing_secret, "listing.created", payload)
        except Exception:  # noqa: BLE001
            log.exception("webhook %s failed", hook.id)


@huey.task()
def generate_allocation_sheet(job_id: int, site_slug: str, label: str, paper: str) -> None:
    job = ExportJob.get_by_id(job_id)
    site = Site.get(Site.slug == site_slug)
    plots = list(site.plots.order_by("code"))
    try:
        job.output_name = export_service.render_allocation_sheet(site, plots, label, paper)
        job.status = "done"
    except Exception:  # noqa: BLE001
        log.exception("allocation sheet export failed")
        job.status = "failed"
    job.save()


@huey.task()
def convert_harvest_export(job_id: int, source_name: str, sheet_title: str) -> None:
    job = ExportJob.get_by_id(job_id)
    job.output_name = export_service.harvest_csv_to_xlsx(source_name, sheet_title)
    job.status = "done"
    job.save()


@huey.task()
def archive_season(site_slug: str, season: int) -> None:
    export_service.archive_season(site_slug, season)


@huey.task()
def send_newsletter(newsletter_id: int) -> None:
    newsletter = Newsletter.get_by_id(newsletter_id)
    for recipient in newsletter_service.recipients(newsletter):
        body = newsletter_service.preview(newsletter, recipient)
        notifications.send_mail(recipient.email, newsletter.subject, "See HTML version.", body)
    newsletter.sent = True
    newsletter.save()


@huey.periodic_task(crontab(minute="15", hour="5"))
def morning_frost_check() -> None:
    for site in Site.select().where(Site.coordinator_email.is_null(False)):
        alerts = weather_client.frost_alerts(site.slug)
        if alerts:
            notifications.send_mail(site.coordinator_email, f"Frost alert for {site.name}",
                                    "\n".join(a.get("summary", "") for a in alerts))
