"""Coordinator endpoints: newsletters, reminders and spreadsheet exports."""
from blacksheep import FromJSON, Request, json
from blacksheep.exceptions import BadRequest, NotFound

from brightwell.api.auth import require_coordinator
from brightwell.api.routing import router
from brightwell.api.schemas import ConvertPayload, NewsletterPayload, ReminderPayload
from brightwell.dto import NewsletterDraft
from brightwell.models import ExportJob, Newsletter, Site
from brightwell.services import newsletter_service
from brightwell.tasks.jobs import convert_harvest_export, send_newsletter


@router.post("/api/newsletters")
async def create_newsletter(request: Request, body: FromJSON[NewsletterPayload]):
    author = require_coordinator(request)
    payload = body.value
    try:
        newsletter = newsletter_service.save_draft(
            author, NewsletterDraft(site_slug=payload.site, subject=payload.subject,
                                    template_source=payload.body))
    except newsletter_service.NewsletterError as exc:
        raise BadRequest(str(exc))
    return json({"id": newsletter.id}, status=201)


@router.get("/api/newsletters/{newsletter_id}/preview")
async def preview_newsletter(request: Request, newsletter_id: int):
    author = require_coordinator(request)
    newsletter = Newsletter.get_or_none(Newsletter.id == newsletter_id)
    if newsletter is None:
        raise NotFound()
    return json({"html": newsletter_service.preview(newsletter, author)})


@router.post("/api/newsletters/{newsletter_id}/send")
async def send_newsletter_now(request: Request, newsletter_id: int):
    require_coordinator(request)
    if Newsletter.get_or_none(Newsletter.id == newsletter_id) is None:
        raise NotFound()
    send_newsletter(newsletter_id)
    return json({"queued": True}, status=202)


@router.post("/api/reminders/preview")
async def preview_reminder(request: Request, body: FromJSON[ReminderPayload]):
    author = require_coordinator(request)
    site = Site.get_or_none(Site.slug == body.value.site)
    if site is None:
        raise NotFound()
    return json({"text": newsletter_service.reminder_text(body.value.text, author, site)})


@router.post("/api/exports/convert")
async def convert_export(request: Request, body: FromJSON[ConvertPayload]):
    requester = require_coordinator(request)
    payload = body.value
    if not payload.source_name.endswith(".csv"):
        raise BadRequest("only CSV exports can be converted")
    job = ExportJob.create(requested_by=requester, kind="xlsx", label=payload.sheet_title[:60])
    convert_harvest_export(job.id, payload.source_name, payload.sheet_title)
    return json({"job": job.id}, status=202)
