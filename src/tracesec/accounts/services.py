"""Account writes: create users, authenticate with throttling."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import authenticate, password_validation
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.http import HttpRequest

from tracesec.accounts.emails import email_normalize, email_throttle_form
from tracesec.accounts.models import User
from tracesec.audit.models import AuditAction
from tracesec.audit.services import audit_record, client_ip
from tracesec.common.errors import ApplicationError
from tracesec.common.ratelimit import (
    ratelimit_clear,
    ratelimit_exceeded,
    ratelimit_hit,
    ratelimit_key,
)


def user_create(*, email: str, password: str, full_name: str = "") -> User:
    """Create an active user. Raises ApplicationError for a bad email/password or a taken email."""
    email = email_normalize(email)
    try:
        validate_email(email)
    except ValidationError as exc:
        raise ApplicationError("Enter a valid email address.", code="invalid_email") from exc
    if User.objects.filter(email__iexact=email).exists():
        raise ApplicationError(
            "An account with this email already exists. Sign in instead.", code="email_taken"
        )
    candidate = User(email=email, full_name=full_name.strip())
    try:
        password_validation.validate_password(password, user=candidate)
    except ValidationError as exc:
        raise ApplicationError(
            " ".join(exc.messages), code="weak_password", extra={"password": exc.messages}
        ) from exc
    return User.objects.create_user(email=email, password=password, full_name=full_name.strip())


def _signin_keys(request: HttpRequest | None, email: str) -> tuple[list[str], list[str]]:
    """(every key the attempt counts against, the keys a success clears).

    The budget is the account's, found by the same case-insensitive look-up the sign-in uses,
    so no spelling of its address gets a fresh one; an address with no account is keyed on its
    folded spelling, which look-alikes cannot multiply either.
    """
    account = User.objects.filter(email__iexact=email.strip()).order_by("pk").first()
    personal = [ratelimit_key("signin:email", email_throttle_form(email))]
    if account is not None:
        personal.append(ratelimit_key("signin:account", str(account.pk)))
    keys = list(personal)
    ip = client_ip(request)
    if ip:
        keys.append(ratelimit_key("signin:ip", ip))
    return keys, personal


def user_authenticate(*, request: HttpRequest | None, email: str, password: str) -> User:
    """Check credentials with per-account and per-address throttling of failures.

    Raises ApplicationError `rate_limited` (429) or `invalid_credentials` (400); the message never
    says whether the email exists. Failures are audited; the caller records a success with
    `signin_record` once the user is signed in.
    """
    keys, personal = _signin_keys(request, email)
    limit = settings.LOGIN_RATE_LIMIT_ATTEMPTS
    window = settings.LOGIN_RATE_LIMIT_WINDOW_SECONDS
    if any(ratelimit_exceeded(key=k, limit=limit, window_seconds=window) for k in keys):
        raise ApplicationError(
            "Too many failed sign-in attempts. Wait a few minutes and try again.",
            code="rate_limited",
            status_code=429,
        )
    user = authenticate(request, username=email.strip(), password=password)
    if user is None:
        for key in keys:
            ratelimit_hit(key=key)
        audit_record(
            action=AuditAction.SIGNIN_FAILED,
            data={"reason": "invalid_credentials"},
            request=request,
        )
        raise ApplicationError("Email or password is not correct.", code="invalid_credentials")
    # Only the account's counters reset: a success must not unlock guessing from one address.
    for key in personal:
        ratelimit_clear(key=key)
    assert isinstance(user, User)
    return user


def signin_record(request: HttpRequest, user: User) -> None:
    """Audit a successful sign-in, once per organization so each one's admins see it."""
    organizations = [m.organization for m in user.memberships.select_related("organization")]
    if not organizations:
        audit_record(action=AuditAction.SIGNIN, actor=user, request=request)
    for organization in organizations:
        audit_record(
            action=AuditAction.SIGNIN, organization=organization, actor=user, request=request
        )
