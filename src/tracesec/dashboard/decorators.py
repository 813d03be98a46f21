"""View guards for dashboard pages.

    @membership_required()                   # any member (viewer and up)
    @membership_required(Role.ADMIN)         # admins and owners; others get 403
    def my_view(request, ...): request.membership / request.organization are set

Signed-out users go to sign-in; signed-in users without an organization go to "create one".
`ApplicationError`s raised by services inside the view become a flash message and a redirect
back (or 404 for `NotFoundError`), so views stay free of try/except.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from tracesec.common.errors import ApplicationError, NotFoundError, PermissionDeniedError
from tracesec.organizations.access import require_role
from tracesec.organizations.models import Membership, Role

View = Callable[..., HttpResponse]


def request_membership(request: HttpRequest) -> Membership:
    """The signed-in user's membership in the current organization (set by the middleware;
    only call it in a view guarded by :func:`membership_required`)."""
    return request.membership  # type: ignore[attr-defined, no-any-return]


def safe_back(request: HttpRequest, fallback: str) -> str:
    referer = request.headers.get("Referer", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return referer
    return fallback


def membership_required(minimum_role: str = Role.VIEWER) -> Callable[[View], View]:
    def decorator(view: View) -> View:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            membership = getattr(request, "membership", None)
            if membership is None:
                return redirect("dashboard:organization_create")
            try:
                require_role(membership, minimum_role)
                return view(request, *args, **kwargs)
            except NotFoundError as exc:
                raise Http404(exc.message) from exc
            except PermissionDeniedError as exc:
                if request.method == "GET":
                    return render(request, "403.html", {"reason": exc.message}, status=403)
                messages.error(request, exc.message)
                return redirect(safe_back(request, "/"))
            except ApplicationError as exc:
                messages.error(request, exc.message)
                return redirect(safe_back(request, "/"))

        return wrapper

    return decorator
