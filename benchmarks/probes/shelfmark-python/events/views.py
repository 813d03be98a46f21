import os
import subprocess

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.http import require_POST

from common.files import human_size, read_import_log
from common.net import DisallowedDestination
from common.templating import render_newsletter, render_overdue_notice

from . import feeds, imports

POSTER_DIR = settings.MEDIA_ROOT / "posters"
THUMBNAIL_SIZE = "480x640"


@method_decorator(permission_required("events.add_event"), name="dispatch")
class EventImportView(View):
    def get(self, request):
        batch = request.GET.get("batch")
        if batch:
            return HttpResponse(read_import_log(batch), content_type="text/plain")
        return JsonResponse({"formats": ["zip", "zip-strict", "tar", "legacy-tar", "xml", "partner-xml"]})

    def post(self, request):
        upload = request.FILES.get("bundle")
        if upload is None:
            return HttpResponseBadRequest("attach a bundle")
        fmt = request.POST.get("format", "zip")
        try:
            if fmt == "zip":
                where = imports.unpack_zip_bundle(upload)
            elif fmt == "zip-strict":
                where = imports.unpack_zip_bundle_strict(upload)
            elif fmt == "tar":
                where = imports.unpack_tarball(upload)
            elif fmt == "legacy-tar":
                where = imports.unpack_legacy_tarball(upload)
            elif fmt == "xml":
                return JsonResponse({"events": imports.parse_event_xml(upload.read())})
            elif fmt == "partner-xml":
                return JsonResponse({"events": imports.parse_partner_calendar(upload.read())})
            else:
                return HttpResponseBadRequest("unknown format")
        except imports.ImportRejected as exc:
            return HttpResponseBadRequest(str(exc))
        return JsonResponse({"unpacked_to": os.path.basename(where), "size": human_size(upload.size)})


@login_required
@require_POST
def preview_feed(request):
    kind = request.POST.get("kind", "partner")
    url = request.POST.get("url", "")
    if kind == "ical":
        source = {"url": url, "label": request.POST.get("label", "")}
        return HttpResponse(feeds.fetch_ical(source), content_type="text/calendar")
    try:
        return JsonResponse({"events": feeds.fetch_partner_feed(url)})
    except DisallowedDestination as exc:
        return HttpResponseBadRequest(str(exc))


@permission_required("events.change_newsletter")
@require_POST
def newsletter_preview(request):
    layout = request.POST.get("layout", "")
    context = {"month": request.POST.get("month", ""), "events": []}
    html = render_newsletter(layout, context)
    return HttpResponse(html)


@login_required
def overdue_notice_preview(request):
    name = request.GET.get("name", request.user.get_full_name())
    return HttpResponse(render_overdue_notice(name, 2, "Central"), content_type="text/plain")


@permission_required("events.add_event")
@require_POST
def upload_poster(request):
    poster = request.FILES["poster"]
    os.makedirs(POSTER_DIR, exist_ok=True)
    stored = POSTER_DIR / f"{request.user.pk}-{poster.size}.img"
    with open(stored, "wb") as fh:
        for chunk in poster.chunks():
            fh.write(chunk)
    thumb = POSTER_DIR / f"{request.user.pk}-{poster.size}-thumb.jpg"
    subprocess.run(  # SAFE cmdi
        ["convert", str(stored), "-resize", THUMBNAIL_SIZE, str(thumb)],
        check=True,
        timeout=30,
    )
    caption = request.POST.get("caption", poster.name)
    os.system(f"exiftool -overwrite_original -Title='{caption}' {thumb}")  # VULN cmdi
    return JsonResponse({"thumbnail": thumb.name})
