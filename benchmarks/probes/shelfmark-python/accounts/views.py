from django.conf import settings
from django.contrib.auth import authenticate, get_user_model, login, logout
from django.contrib.auth.hashers import make_password
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.decorators.http import require_POST

from catalog.models import PatronPreference

from . import directory, prefs, security, tokens
from .models import PatronProfile

User = get_user_model()
PARTNER_PORTAL_HOST = "portal.shelfmark.example.org"


class LoginView(View):
    template_name = "accounts/login.html"

    def get(self, request):
        return render(request, self.template_name, {"next": request.GET.get("next", "")})

    def post(self, request):
        user = authenticate(
            request,
            username=request.POST.get("username", ""),
            password=request.POST.get("password", ""),
        )
        if user is None:
            return render(request, self.template_name, {"error": "Card number or password not recognised."})
        login(request, user)
        return_to = request.POST.get("return_to")
        if return_to and PARTNER_PORTAL_HOST in return_to:
            return HttpResponseRedirect(return_to)  # VULN redirect
        target = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
            target = "/"
        return HttpResponseRedirect(target)  # SAFE redirect


def logout_view(request):
    logout(request)
    return redirect(request.GET.get("next", "/"))  # VULN redirect


@require_POST
def register(request):
    card = request.POST.get("card_number", "").strip()
    password = request.POST.get("password", "")
    pin = request.POST.get("kiosk_pin", "")
    if not card or len(password) < 10:
        return HttpResponseBadRequest("Card number and a 10+ character password are required.")
    if not security.is_valid_pin(pin):
        return HttpResponseBadRequest("PIN must be four digits.")
    user = User.objects.create(username=card, password=make_password(password))  # SAFE hash
    PatronProfile.objects.create(
        user=user,
        kiosk_pin_digest=security.hash_kiosk_pin(pin),
        verification_token=security.email_verification_token(),
    )
    return redirect("login")


@require_POST
def request_reset(request):
    card = request.POST.get("card_number", "")
    user = User.objects.filter(username=card).first()
    if user:
        profile = user.patronprofile
        profile.reset_code = security.password_reset_code()
        profile.save(update_fields=["reset_code"])
        profile.send_reset_email()
    return JsonResponse({"status": "If that card exists, a code has been emailed."})


def patron_lookup(request):
    if not request.user.is_staff:
        return JsonResponse({"detail": "forbidden"}, status=403)
    card = request.GET.get("card")
    if card:
        return JsonResponse({"matches": directory.find_by_card(card)})
    email = request.GET.get("email", "")
    return JsonResponse({"matches": directory.find_by_email(email)})


def preferences(request):
    display = prefs.load_display_prefs(request.COOKIES.get("sm_display"))
    saved = prefs.load_saved_searches(request.COOKIES.get("sm_saved"))
    if request.method == "POST" and request.user.is_authenticated:
        choice = request.POST.get("catalog_sort", "title")
        allowed = {value for value, _label in PatronPreference.SORT_CHOICES}
        if choice in allowed:
            PatronPreference.objects.update_or_create(
                patron=request.user, defaults={"catalog_sort": choice}
            )
    return render(request, "accounts/preferences.html", {"display": display, "saved": saved})


def issue_token(request):
    if not request.user.is_authenticated:
        return JsonResponse({"detail": "login required"}, status=401)
    return JsonResponse({"access": tokens.issue_access_token(request.user)})


def whoami(request):
    token = tokens.bearer_from_header(request.headers.get("Authorization"))
    if token is None:
        return JsonResponse({"detail": "missing token"}, status=401)
    claims = tokens.peek_claims(token)
    user = User.objects.filter(pk=claims["sub"]).first()
    if user is None:
        return JsonResponse({"detail": "unknown user"}, status=404)
    data = {"card": user.username, "name": user.get_full_name(), "staff": claims.get("staff", False)}
    if claims.get("staff"):
        data["pending_reset_codes"] = list(
            User.objects.exclude(patronprofile__reset_code="").values_list("username", flat=True)[:20]
        )
    return JsonResponse(data)


def kiosk_session(request):
    token = tokens.bearer_from_header(request.headers.get("Authorization"))
    try:
        claims = tokens.read_access_token(token)
    except Exception:
        return JsonResponse({"detail": "invalid token"}, status=401)
    return JsonResponse(
        {
            "kiosk": claims["sub"],
            "host": settings.ALLOWED_HOSTS[0],
            "sig": tokens.kiosk_signature(claims["sub"], claims["iat"]),
        }
    )
