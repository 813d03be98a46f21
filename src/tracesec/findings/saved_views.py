"""Saved views of the Findings list: one member's named filters in one organization. Reached
only through (organization, user), so nobody sees or deletes another member's views."""

from __future__ import annotations

from django.http import QueryDict

from tracesec.common.errors import ApplicationError
from tracesec.findings.models import SavedView
from tracesec.findings.selectors import FindingFilters

MAX_SAVED_VIEWS = 50


def saved_views_for(*, organization_id: int, user_id: int) -> list[SavedView]:
    return list(
        SavedView.objects.filter(organization_id=organization_id, user_id=user_id).order_by("name")
    )


def saved_view_save(*, organization_id: int, user_id: int, name: str, query: str) -> SavedView:
    """Keeps (or replaces, by name) a view of ``query``, normalised through the list's filters
    so a saved view never holds a parameter the list does not understand."""
    name = " ".join(name.split())[:80]
    if not name:
        raise ApplicationError("Give the view a name.", code="saved_view_name")
    normalised = FindingFilters.from_query(QueryDict(query)).to_query(page=1)
    existing = SavedView.objects.filter(organization_id=organization_id, user_id=user_id)
    if not existing.filter(name=name).exists() and existing.count() >= MAX_SAVED_VIEWS:
        raise ApplicationError(
            f"You can keep {MAX_SAVED_VIEWS} views; delete one first.", code="saved_view_limit"
        )
    view, _ = SavedView.objects.update_or_create(
        organization_id=organization_id,
        user_id=user_id,
        name=name,
        defaults={"query": normalised[:2000]},
    )
    return view


def saved_view_delete(*, organization_id: int, user_id: int, view_id: int) -> bool:
    """Deletes the member's own view; False when there is no such view of theirs."""
    deleted, _ = SavedView.objects.filter(
        pk=view_id, organization_id=organization_id, user_id=user_id
    ).delete()
    return bool(deleted)
