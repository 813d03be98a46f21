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


@register.simple_tag
def repository_host_url(repository: Any) -> str:
    """The repository's page on its host (GitHub or Bitbucket), or ""."""
    from tracesec.repositories.links import repository_web_url

    return repository_web_url(repository)


@register.simple_tag
def finding_host_url(finding: Any) -> str:
    """The finding's file and lines on its host, at the commit of the scan that last saw it."""
    from tracesec.repositories.links import file_web_url

    scan = finding.last_seen_scan
    return file_web_url(
        finding.repository,
        path=finding.path,
        commit=getattr(scan, "commit_sha", "") or "",
        start_line=finding.start_line,
        end_line=finding.end_line,
    )
