"""Coordinator tools on the public site: printable sheets and invitations."""
import re

from bottle import HTTPError, request

from brightwell.models import ExportJob, Site
from brightwell.services import account_service
from brightwell.tasks.jobs import generate_allocation_sheet, send_invitation
from brightwell.web.base import app, coordinator_required, page

SLUG_RE = re.compile(r"^[a-z0-9-]{2,40}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)


@app.post("/coordinator/exports")
@coordinator_required
def request_allocation_sheet():
    gardener = request.environ["brightwell.gardener"]
    site_slug = request.forms.get("site", "")
    if not SLUG_RE.match(site_slug):
        raise HTTPError(400, "invalid site")
    label = request.forms.getunicode("label", "allocations")
    paper = request.forms.get("paper", "A4")
    job = ExportJob.create(requested_by=gardener, kind="allocation_sheet", label=label)
    generate_allocation_sheet(job.id, site_slug, label, paper)
    return page("site/message", title="Export queued",
                message="We'll e-mail you when the allocation sheet is ready.")


@app.post("/coordinator/invitations")
@coordinator_required
def invite_member():
    gardener = request.environ["brightwell.gardener"]
    email = request.forms.get("email", "").strip()
    if not EMAIL_RE.match(email):
        raise HTTPError(400, "invalid e-mail address")
    site = gardener.home_site or Site.get(Site.slug == request.forms.get("site"))
    code = account_service.invite(site, email)
    send_invitation(email, site.id, code)
    return page("site/message", title="Invitation sent", message=f"Invitation sent to {email}.")
