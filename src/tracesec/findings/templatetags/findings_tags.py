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


@register.simple_tag
def query_with(filters: Any, **changes: Any) -> str:
    """The current findings filters as a query string with ``changes`` applied."""
    return str(filters.to_query(**changes))


@register.filter
def provider_label(provider: str) -> str:
    return registry.provider_label(provider)
