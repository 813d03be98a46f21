import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from core.security import generate_api_key, api_key_digest, generate_share_pin, hash_portal_password, verify_portal_password
from intake.models import Patient
from orders.models import Physician, TestOrder
from orders.services import OrderFilter, OrderService

from .auth import issue_tokens, subject_from_expired
from .fhir_client import FhirClient, FhirError
from .forms import PasswordChangeForm, PhysicianProfileForm, PortalLoginForm, PriorResultsForm
from .models import PriorResultImport, ResultShare
from .preferences import COOKIE_MAX_AGE, COOKIE_NAME, PortalPreferences
from .utils import client_ip, redirect_after_login

logger = logging.getLogger(__name__)


def _physician_or_404(request) -> Physician:
    physician = getattr(request.user, "physician", None)
    if physician is None:
        raise Http404("No physician profile.")
    return physician


def portal_login(request):
    form = PortalLoginForm(request.POST or None, initial={"next": request.GET.get("next", "")})
    if request.method == "POST" and form.is_valid():
        user = authenticate(request, npi=form.cleaned_data["npi"], password=form.cleaned_data["password"])
        if user is not None:
            login(request, user, backend="portal.backends.PhysicianPasswordBackend")
            logger.info("portal login npi=%s ip=%s", form.cleaned_data["npi"], client_ip(request))
            return redirect_after_login(form.cleaned_data.get("next"))
        form.add_error(None, "NPI or password is incorrect.")
    return render(request, "portal/login.html", {"form": form})


def portal_logout(request):
    logout(request)
    next_url = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)  # SAFE redirect
    return redirect("portal:login")


@login_required
def order_list(request):
    physician = _physician_or_404(request)
    prefs = PortalPreferences.from_cookie(request.COOKIES.get(COOKIE_NAME))
    orders = OrderService().list_orders(request.user, OrderFilter.from_query_params(request.GET))
    orders = orders.filter(physician=physician).order_by(prefs.default_sort if prefs.default_sort in ("created_at", "-created_at") else "-created_at")
    page = Paginator(orders, prefs.page_size).get_page(request.GET.get("page"))
    return render(request, "portal/order_list.html", {"page": page, "prefs": prefs, "physician": physician})


@login_required
def result_detail(request, order_id):
    physician = _physician_or_404(request)
    order = get_object_or_404(TestOrder.objects.select_related("patient", "physician"), pk=order_id, physician=physician)
    q = request.GET.get("q", "").strip()
    results = order.results.select_related("panel")
    if q:
        results = results.filter(analyte_name__icontains=q)
    return render(request, "portal/result_detail.html", {"order": order, "results": results, "q": q, "physician": physician})


@login_required
def profile(request):
    physician = _physician_or_404(request)
    form = PhysicianProfileForm(request.POST or None, instance=physician)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Profile saved.")
        return redirect("portal:profile")
    return render(request, "portal/profile.html", {"form": form, "physician": physician})


@login_required
def change_password(request):
    physician = _physician_or_404(request)
    form = PasswordChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if physician.portal_password and not verify_portal_password(form.cleaned_data["current"], physician.portal_password):
            form.add_error("current", "Current password is wrong.")
        else:
            physician.portal_password = hash_portal_password(form.cleaned_data["new"])
            physician.save(update_fields=["portal_password"])
            messages.success(request, "Password changed.")
            return redirect("portal:profile")
    return render(request, "portal/password.html", {"form": form})


@login_required
@require_POST
def share_results(request, order_id):
    physician = _physician_or_404(request)
    order = get_object_or_404(TestOrder, pk=order_id, physician=physician, status=TestOrder.Status.RESULTED)
    pin = generate_share_pin()
    share = ResultShare.objects.create(order=order, created_by=physician, pin=hash_portal_password(pin))
    return JsonResponse({"share_id": share.pk, "pin": pin, "expires_at": share.expires_at.isoformat()})


@login_required
@require_POST
def rotate_api_key(request):
    physician = _physician_or_404(request)
    api_key = generate_api_key()
    physician.api_key_digest = api_key_digest(api_key)
    physician.save(update_fields=["api_key_digest"])
    return JsonResponse({"api_key": api_key})


@login_required
def preferences(request):
    prefs = PortalPreferences.from_cookie(request.COOKIES.get(COOKIE_NAME))
    if request.method == "POST":
        prefs.update(
            page_size=int(request.POST.get("page_size", prefs.page_size)),
            show_normal_results=request.POST.get("show_normal_results") == "on",
            units=request.POST.get("units", prefs.units),
        )
        response = redirect("portal:preferences")
        response.set_cookie(COOKIE_NAME, prefs.to_cookie(), max_age=COOKIE_MAX_AGE, secure=not settings.DEBUG, httponly=True, samesite="Lax")
        return response
    return render(request, "portal/preferences.html", {"prefs": prefs})


@login_required
@require_POST
def import_prior_results(request, patient_id):
    physician = _physician_or_404(request)
    patient = get_object_or_404(Patient, pk=patient_id, orders__physician=physician)
    form = PriorResultsForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    fhir_base = form.cleaned_data["fhir_base"]
    if not fhir_base.startswith("https://"):
        return JsonResponse({"detail": "FHIR endpoint must use https"}, status=400)
    client = FhirClient(fhir_base, bearer_token=form.cleaned_data.get("access_token") or None)
    try:
        observations = client.observations(form.cleaned_data["patient_identifier"])
    except FhirError as exc:
        return JsonResponse({"detail": str(exc)}, status=502)
    record = PriorResultImport.objects.create(
        physician=physician, patient=patient, source=fhir_base, observation_count=len(observations), payload=observations
    )
    return JsonResponse({"import_id": record.pk, "observations": observations})


@api_view(["POST"])
@authentication_classes([])
@permission_classes([AllowAny])
def token_obtain(request):
    user = authenticate(request, npi=request.data.get("npi"), password=request.data.get("password"))
    if user is None or not hasattr(user, "physician"):
        return Response({"detail": "Invalid credentials."}, status=401)
    return Response(issue_tokens(user.physician))


@api_view(["POST"])
@authentication_classes([])
@permission_classes([AllowAny])
def token_refresh(request):
    token = request.data.get("token", "")
    subject = subject_from_expired(token)
    physician = get_object_or_404(Physician.objects.select_related("user"), pk=int(subject))
    if not physician.user.is_active:
        return Response({"detail": "Account disabled."}, status=403)
    return Response(issue_tokens(physician))


@api_view(["GET"])
def my_orders(request):
    physician = getattr(request.user, "physician", None)
    if physician is None:
        return Response({"detail": "Physician accounts only."}, status=403)
    orders = OrderService().list_orders(request.user, OrderFilter.from_query_params(request.query_params))[:100]
    return Response(
        [{"id": o.pk, "accession": o.accession, "status": o.status, "priority": o.priority} for o in orders]
    )
