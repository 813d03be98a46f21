import logging
import os
import uuid
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_POST

from .models import CustomerAccount, Manifest, Shipment
from .repositories import ShipmentRepository, WarehouseBinRepository
from .services import (
    AccountSecurityService,
    BundleService,
    CarrierClient,
    CustomsService,
    LabelService,
    RateService,
    ServiceError,
    StaffDirectory,
    WebhookService,
)

logger = logging.getLogger("kestrel.views")

shipments = ShipmentRepository()
bins = WarehouseBinRepository()
labels = LabelService()
rates = RateService()
customs = CustomsService()
bundles = BundleService()
carriers = CarrierClient()
webhooks = WebhookService()
directory = StaffDirectory()
security = AccountSecurityService()

SORT_COLUMNS = {"ref": "reference", "status": "status", "updated": "updated_at", "weight": "weight_kg"}


def _customer(request) -> CustomerAccount:
    return get_object_or_404(CustomerAccount, user=request.user)


def _own_shipment(request, shipment_id: int) -> Shipment:
    return get_object_or_404(Shipment, pk=shipment_id, customer__user=request.user)


# --- shipment browsing ------------------------------------------------------

@login_required
@require_GET
def shipment_search(request):
    term = request.GET.get("q", "").strip()
    if not term:
        return JsonResponse({"results": []})
    rows = shipments.search_by_reference(_customer(request).id, term)
    return JsonResponse({"results": rows})


@login_required
@require_GET
def shipment_list(request):
    customer = _customer(request)
    order_column = SORT_COLUMNS.get(request.GET.get("sort", ""), "updated_at")
    direction = "ASC" if request.GET.get("dir") == "asc" else "DESC"
    rows = shipments.list_ordered(customer.id, order_column, direction)
    return render(request, "portal/shipment_list.html", {"shipments": rows, "sort": order_column})


@login_required
@require_GET
def shipments_by_origin(request):
    origin = request.GET.get("origin", "")
    qs = Shipment.objects.filter(customer__user=request.user).extra(where=[f"origin = '{origin}'"])  # VULN sqli
    return JsonResponse({"references": list(qs.values_list("reference", flat=True))})


@login_required
@require_GET
def shipments_by_status(request):
    status = request.GET.get("status", "")
    if status not in Shipment.Status.values:
        return HttpResponseBadRequest("unknown status")
    qs = Shipment.objects.filter(customer__user=request.user).extra(where=[f"status = '{status}'"])  # SAFE sqli
    return JsonResponse({"references": list(qs.values_list("reference", flat=True))})


@login_required
@require_GET
def shipment_detail(request, shipment_id: int):
    row = shipments.get_for_customer(_customer(request).id, shipment_id)
    if row is None:
        raise Http404("shipment not found")
    return render(request, "portal/shipment_detail.html", {"shipment": row})


@staff_member_required
@require_GET
def shipment_notes_fragment(request, shipment_id: int):
    shipment = get_object_or_404(Shipment, pk=shipment_id)
    notes_html = mark_safe(f"<div class='notes'>{shipment.notes}</div>")  # VULN xss
    return render(request, "portal/notes_fragment.html", {"notes": notes_html, "shipment": shipment})


@login_required
@require_POST
def update_notes(request, shipment_id: int):
    shipment = _own_shipment(request, shipment_id)
    shipment.notes = request.POST.get("notes", "")[:4000]
    shipment.save(update_fields=["notes", "updated_at"])
    return redirect("shipment-detail", shipment_id=shipment.pk)


def public_tracking(request):
    reference = request.GET.get("ref", "")
    shipment = Shipment.objects.filter(reference=reference).first()
    if shipment is None:
        return HttpResponse(f"<p>No shipment found for <b>{reference}</b>.</p>", status=404)  # VULN xss
    body = format_html("<h2>Shipment {}</h2><p>Status: {}</p>", shipment.reference, shipment.get_status_display())  # SAFE xss
    return HttpResponse(body)


@login_required
def tracking_widget_empty(request):
    query = request.GET.get("q", "")
    return HttpResponse(f"<div class='kf-empty'>Nothing matches &quot;{escape(query)}&quot; yet.</div>")  # SAFE xss


# --- manifests & warehouse --------------------------------------------------

@staff_member_required
@require_GET
def manifest_shipments(request, manifest_id: int):
    carrier_code = request.GET.get("carrier", "")
    rows = shipments.on_manifest(manifest_id, carrier_code)
    return JsonResponse({"shipments": [s.reference for s in rows]})


@staff_member_required
@require_POST
def close_manifest(request, manifest_id: int):
    manifest = get_object_or_404(Manifest, pk=manifest_id, closed=False)
    payload = {
        "departure": manifest.departure_date.isoformat(),
        "shipments": [{"ref": s.reference, "kg": str(s.weight_kg)} for s in manifest.shipments.all()],
    }
    try:
        remote_id = carriers.push_manifest(manifest.carrier, payload)
    except Exception:
        logger.exception("manifest %s push failed", manifest.pk)
        return JsonResponse({"error": "carrier rejected manifest"}, status=502)
    manifest.closed = True
    manifest.save(update_fields=["closed"])
    return JsonResponse({"manifest": manifest.pk, "carrier_ref": remote_id})


@staff_member_required
@require_GET
def warehouse_occupancy(request):
    warehouse = request.GET.get("wh", "OSL1")
    return JsonResponse({"aisles": bins.occupancy_by_aisle(warehouse)})


@staff_member_required
@require_GET
def free_bins(request):
    try:
        min_free = Decimal(request.GET.get("min_kg", "0"))
    except InvalidOperation:
        return HttpResponseBadRequest("min_kg must be a number")
    rows = bins.free_bins(request.GET.get("wh", "OSL1"), min_free)
    return JsonResponse({"bins": [f"{b.aisle}-{b.level}-{b.position}" for b in rows]})


@staff_member_required
@require_GET
def download_manifest_export(request):
    base = os.path.realpath(settings.MANIFEST_EXPORT_ROOT)
    target = os.path.realpath(os.path.join(base, request.GET.get("name", "")))
    if os.path.commonpath([base, target]) != base or not os.path.isfile(target):
        raise Http404("export not found")
    return FileResponse(open(target, "rb"), as_attachment=True)  # SAFE path


# --- labels & rates ---------------------------------------------------------

@login_required
def label_preview(request, shipment_id: int):
    shipment = _own_shipment(request, shipment_id)
    try:
        if request.method == "POST":
            html = labels.render_custom(request.POST.get("template", ""), shipment)
        else:
            html = labels.render_builtin(request.GET.get("kind", "standard"), shipment)
    except ServiceError as exc:
        return HttpResponseBadRequest(str(exc))
    return HttpResponse(html)


@login_required
@require_GET
def download_label(request):
    try:
        path = labels.resolve_label(request.GET.get("file", ""))
    except ServiceError:
        raise Http404("label not found")
    return FileResponse(open(path, "rb"), content_type="application/pdf")  # SAFE path


@staff_member_required
@require_POST
def print_label(request):
    try:
        label_path = labels.resolve_label(request.POST["file"])
        png = labels.rasterise(label_path, request.POST.get("dpi", "203"))
        labels.send_to_printer(png, request.POST.get("printer", ""))
    except (KeyError, ServiceError) as exc:
        return HttpResponseBadRequest(str(exc))
    return JsonResponse({"queued": png.name})


@login_required
@require_GET
def rate_quote(request):
    try:
        weight = Decimal(request.GET["weight_kg"])
        dims = rates.parse_dimensions(request.GET.get("dims", "(0, 0, 0)"))
    except (KeyError, InvalidOperation, ValueError, SyntaxError, ServiceError):
        return HttpResponseBadRequest("weight_kg and dims are required")
    chargeable = max(weight, rates.volumetric_weight(dims))
    price = rates.quote(chargeable, request.GET.get("zone", "domestic"), request.GET.get("surcharge"))
    return JsonResponse({"chargeable_kg": str(chargeable), "price_eur": str(price)})


# --- customs paperwork ------------------------------------------------------

@login_required
@require_POST
def upload_customs_declaration(request, shipment_id: int):
    shipment = _own_shipment(request, shipment_id)
    upload = request.FILES.get("declaration")
    if upload is None:
        return HttpResponseBadRequest("declaration file missing")
    raw = upload.read()
    doc = customs.parse_declaration(raw)
    sku = request.POST.get("sku")
    matched = customs.find_line_item(doc, sku) if sku else []
    stored = customs.store_document(shipment.reference, request.POST.get("doc_name") or upload.name, raw)
    shipment.status = Shipment.Status.CUSTOMS_HOLD
    shipment.save(update_fields=["status", "updated_at"])
    return JsonResponse({
        "stored": stored.name,
        "declarant": doc.findtext(".//Declarant", default=""),
        "matched_skus": [item.get("sku") for item in matched],
    })


@login_required
@require_POST
def upload_commercial_invoice(request, shipment_id: int):
    _own_shipment(request, shipment_id)
    upload = request.FILES.get("invoice")
    if upload is None:
        return HttpResponseBadRequest("invoice file missing")
    summary = customs.parse_commercial_invoice(upload.read())
    return JsonResponse({k: str(v) for k, v in summary.items()})


@staff_member_required
@require_POST
def hs_code_lookup(request):
    doc = customs.parse_manifest_xml(request.body)
    items = customs.find_by_hs_code(doc, request.GET.get("hs", ""))
    return JsonResponse({"skus": [i.get("sku") for i in items]})


@login_required
@require_GET
def download_customs_doc(request, shipment_id: int):
    shipment = _own_shipment(request, shipment_id)
    path = os.path.join(settings.CUSTOMS_DOCS_ROOT, shipment.reference, request.GET.get("name", ""))
    if not os.path.isfile(path):
        raise Http404("document not found")
    return FileResponse(open(path, "rb"), as_attachment=True)  # VULN path


@staff_member_required
@require_POST
def upload_bundle(request):
    upload = request.FILES.get("bundle")
    handlers = {
        "carrier": bundles.unpack_carrier_bundle,
        "edi": bundles.unpack_edi_archive,
        "pod": bundles.unpack_pod_photos,
        "customs": bundles.unpack_customs_zip,
    }
    handler = handlers.get(request.POST.get("kind", ""))
    if upload is None or handler is None:
        return HttpResponseBadRequest("bundle and a valid kind are required")
    job_id = uuid.uuid4().hex
    files = handler(upload, job_id)
    logger.info("bundle job %s unpacked %d files", job_id, len(files))
    return JsonResponse({"job": job_id, "files": len(files)})


# --- integrations -----------------------------------------------------------

@login_required
@require_POST
def refresh_tracking(request, shipment_id: int):
    shipment = _own_shipment(request, shipment_id)
    try:
        data = carriers.fetch_tracking(request.POST.get("tracking_url", ""))
    except ServiceError as exc:
        return HttpResponseBadRequest(str(exc))
    return JsonResponse({"reference": shipment.reference, "events": data.get("events", [])})


@login_required
@require_POST
def test_webhook(request):
    customer = _customer(request)
    url = request.POST.get("webhook_url") or customer.webhook_url
    status = webhooks.send_test_event(url, customer)
    return JsonResponse({"delivered": 200 <= status < 300, "status": status})


@staff_member_required
@require_GET
def staff_lookup(request):
    badge = request.GET.get("badge")
    if badge:
        return JsonResponse({"staff": directory.find_by_badge(badge)})
    return JsonResponse({"staff": directory.search_by_name(request.GET.get("name", ""))})


# --- account & session ------------------------------------------------------

@login_required
def dashboard(request):
    filters = {}
    raw_filters = request.COOKIES.get("kf_filters")
    if raw_filters:
        filters = security.load_saved_filters(raw_filters)
    prefs = security.load_dashboard_prefs(request.COOKIES.get("kf_prefs", ""))
    return render(request, "portal/dashboard.html", {"filters": filters, "prefs": prefs})


@login_required
@require_POST
def issue_pickup_pin(request, shipment_id: int):
    shipment = _own_shipment(request, shipment_id)
    shipment.pickup_pin = security.generate_pickup_pin()
    shipment.save(update_fields=["pickup_pin", "updated_at"])
    return JsonResponse({"reference": shipment.reference, "pin": shipment.pickup_pin})


@login_required
@require_POST
def rotate_api_key(request):
    key = security.rotate_api_key(_customer(request))
    return JsonResponse({"api_key": key})


@staff_member_required
@require_POST
def set_handheld_password(request):
    password = request.POST.get("password", "")
    if len(password) < 8:
        return HttpResponseBadRequest("password too short")
    digest = security.handheld_password_digest(password)
    request.user.profile.handheld_digest = digest
    request.user.profile.save(update_fields=["handheld_digest"])
    return JsonResponse({"ok": True})


def after_login(request):
    return redirect(request.GET.get("next", "/dashboard/"))  # VULN redirect


@login_required
def switch_warehouse(request):
    request.session["warehouse"] = request.POST.get("wh", "OSL1")
    back = request.POST.get("back", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        back = "/dashboard/"
    return redirect(back)  # SAFE redirect
