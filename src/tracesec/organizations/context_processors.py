from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from tracesec.organizations.selectors import membership_list_for_user


def organization(request: HttpRequest) -> dict[str, Any]:
    membership = getattr(request, "membership", None)
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"current_membership": None, "current_organization": None}
    return {
        "current_membership": membership,
        "current_organization": membership.organization if membership else None,
        # Lazy: evaluated only by templates that render the organization switcher.
        "user_memberships": membership_list_for_user(user=user),
    }
