"""Small helpers shared by the staff portal views."""
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def post_login_target(request):
    """Where to send a staff member after a successful login.

    Staff often bookmark deep links (hold queues, patron records) and get
    bounced through the login page, so we honour ``next`` when present.
    """
    target = request.POST.get("next") or request.GET.get("next") or ""
    fallback = reverse("staff:dashboard")
    if not url_has_allowed_host_and_scheme(
        fallback, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return reverse("staff:login")
    return target or fallback


def branch_for_user(user):
    profile = getattr(user, "staff_profile", None)
    return getattr(profile, "branch_code", None)
