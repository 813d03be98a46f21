from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse

from tracesec.dashboard.navigation import MAIN_NAV, SETTINGS_NAV, NavItem
from tracesec.organizations.models import role_at_least

register = template.Library()


def _items(context: dict[str, Any], items: tuple[NavItem, ...]) -> list[dict[str, Any]]:
    membership = context.get("current_membership")
    request = context.get("request")
    path = request.path if request is not None else ""
    visible = []
    for item in items:
        if membership is None or not role_at_least(membership.role, item.minimum_role):
            continue
        url = reverse(item.url_name)
        current = path == url or (url != "/" and path.startswith(url))
        visible.append({"label": item.label, "url": url, "current": current})
    return visible


@register.simple_tag(takes_context=True)
def main_nav(context: dict[str, Any]) -> list[dict[str, Any]]:
    return _items(context, MAIN_NAV)


@register.simple_tag(takes_context=True)
def settings_nav(context: dict[str, Any]) -> list[dict[str, Any]]:
    return _items(context, SETTINGS_NAV)
