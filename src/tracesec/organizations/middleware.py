"""Sets `request.membership` and `request.organization` for signed-in users.

The current organization is `session["organization_id"]` if the user still belongs to it, else
their first organization. Both are `None` for anonymous users and users without any membership.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from tracesec.organizations.models import Membership

SESSION_KEY = "organization_id"


def current_membership(request: HttpRequest) -> Membership | None:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    memberships = Membership.objects.select_related("organization").filter(user_id=user.pk)
    wanted = request.session.get(SESSION_KEY)
    membership = None
    if wanted is not None:
        membership = memberships.filter(organization_id=wanted).first()
    if membership is None:
        membership = memberships.order_by("organization__name", "organization_id").first()
        if membership is not None:
            request.session[SESSION_KEY] = membership.organization_id
    return membership


def set_current_organization(request: HttpRequest, organization_id: int) -> None:
    """Callers must have checked access (`access_organization_by_id`) first."""
    request.session[SESSION_KEY] = organization_id


class CurrentOrganizationMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # The API authenticates with tokens bound to one organization; it sets its own.
        if not request.path.startswith("/api/"):
            membership = current_membership(request)
            request.membership = membership  # type: ignore[attr-defined]
            request.organization = membership.organization if membership else None  # type: ignore[attr-defined]
        return self.get_response(request)
