"""Sign up, sign in, sign out, invitations."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from tracesec.accounts.models import User
from tracesec.accounts.services import signin_record, user_authenticate, user_create
from tracesec.common.errors import ApplicationError
from tracesec.dashboard.forms import InvitedSignUpForm, SignInForm, SignUpForm
from tracesec.organizations.middleware import set_current_organization
from tracesec.organizations.models import Membership
from tracesec.organizations.services import (
    account_signup,
    invitation_accept,
    invitation_get_by_token,
)

BACKEND = "django.contrib.auth.backends.ModelBackend"


def _next_url(request: HttpRequest) -> str | None:
    candidate = request.POST.get("next") or request.GET.get("next")
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return None


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("dashboard:overview")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user, organization = account_signup(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                organization_name=form.cleaned_data["organization_name"],
                full_name=form.cleaned_data["full_name"],
                request=request,
            )
        except ApplicationError as exc:
            field = {"email_taken": "email", "invalid_email": "email", "weak_password": "password"}
            form.add_error(field.get(exc.code), exc.message)
        else:
            login(request, user, backend=BACKEND)
            set_current_organization(request, organization.pk)
            messages.success(request, f"Welcome to Trace! {organization.name} is ready.")
            return redirect("dashboard:overview")
    status = 400 if request.method == "POST" else 200
    return render(request, "dashboard/auth/signup.html", {"form": form}, status=status)


@require_http_methods(["GET", "POST"])
def signin(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect(_next_url(request) or "dashboard:overview")
    form = SignInForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                user = user_authenticate(
                    request=request,
                    email=form.cleaned_data["email"],
                    password=form.cleaned_data["password"],
                )
            except ApplicationError as exc:
                form.add_error(None, exc.message)
                status = exc.status_code
            else:
                login(request, user, backend=BACKEND)
                signin_record(request, user)
                return redirect(_next_url(request) or "dashboard:overview")
    context = {"form": form, "next": _next_url(request) or ""}
    return render(request, "dashboard/auth/signin.html", context, status=status)


@require_POST
def signout(request: HttpRequest) -> HttpResponse:
    logout(request)
    messages.info(request, "You are signed out.")
    return redirect("dashboard:signin")


@require_http_methods(["GET", "POST"])
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The emailed link. Signed in as the invitee: accept. New address: create an account."""
    invite = invitation_get_by_token(token=token)
    if invite is None:
        return render(
            request,
            "dashboard/auth/invitation_invalid.html",
            {"reason": "This invitation link is not valid."},
            status=404,
        )
    if not invite.is_pending:
        reason = (
            "This invitation has already been used."
            if invite.accepted_at
            else "This invitation has expired. Ask an admin of the organization for a new one."
        )
        return render(
            request, "dashboard/auth/invitation_invalid.html", {"reason": reason}, status=410
        )
    existing = User.objects.filter(email__iexact=invite.email).exists()
    form = InvitedSignUpForm(request.POST or None)
    status = 200
    error = ""
    if request.method == "POST":
        status = 400
        if not request.user.is_authenticated and existing:
            return redirect(f"{reverse('dashboard:signin')}?next={request.path}")
        if request.user.is_authenticated or form.is_valid():
            try:
                membership = _accept_invitation(request, token, invite.email, form)
            except ApplicationError as exc:
                error = exc.message
                status = 400 if exc.code == "weak_password" else exc.status_code
            else:
                messages.success(request, f"You joined {membership.organization.name}.")
                return redirect("dashboard:overview")
    context = {"invite": invite, "form": form, "existing": existing, "error": error}
    return render(request, "dashboard/auth/invitation.html", context, status=status)


def _accept_invitation(
    request: HttpRequest, token: str, email: str, form: InvitedSignUpForm
) -> Membership:
    signed_in = request.user.is_authenticated
    # A new account and its membership are created together or not at all.
    with transaction.atomic():
        if signed_in:
            user = request.user
        else:
            user = user_create(
                email=email,
                password=form.cleaned_data["password"],
                full_name=form.cleaned_data["full_name"],
            )
        assert isinstance(user, User)
        membership = invitation_accept(token=token, user=user, request=request)
    if not signed_in:
        login(request, user, backend=BACKEND)
        signin_record(request, user)
    set_current_organization(request, membership.organization_id)
    return membership
