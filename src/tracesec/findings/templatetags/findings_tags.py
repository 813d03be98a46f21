from __future__ import annotations

from typing import Any

from django import template

from tracesec.integrations import registry

register = template.Library()


@register.filter
def get_item(mapping: Any, key: Any) -> Any:
    """``{{ counts|get_item:"high" }}``: dictionary lookup with a variable key."""
    if mapping is None:
        return None
    try:
        return mapping.get(key)
    except AttributeError:
        return None


@register.filter
def in_list(value: Any, values: Any) -> bool:
    return value in (values or ())


@register.filter
def provider_label(provider: str) -> str:
    return registry.provider_label(provider)
