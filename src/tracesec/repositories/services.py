"""`repositories_apply_listing`: turn a *complete* remote listing into new/updated/removed/
restored repositories. Callers must never pass a partial listing (clients raise instead)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from django.db import transaction
from django.utils import timezone

from tracesec.repositories.models import Repository, RepositoryStatus

if TYPE_CHECKING:
    from tracesec.integrations.models import Connection

logger = logging.getLogger(__name__)


class RemoteRepositoryLike(Protocol):
    @property
    def uuid(self) -> str: ...
    @property
    def full_name(self) -> str: ...
    @property
    def slug(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def is_private(self) -> bool: ...
    @property
    def default_branch(self) -> str: ...
    @property
    def language(self) -> str: ...


@dataclass(frozen=True)
class SyncCounts:
    total: int
    new: int
    updated: int
    removed: int
    restored: int

    def as_dict(self) -> dict[str, int]:
        return {
            "total": self.total,
            "new": self.new,
            "updated": self.updated,
            "removed": self.removed,
            "restored": self.restored,
        }


def repositories_apply_listing(
    *, connection: Connection, listing: Sequence[RemoteRepositoryLike]
) -> SyncCounts:
    """Upsert by (organization, provider, uuid). Renames/transfers keep identity (and findings);
    repositories missing from the listing become *removed*, reappearing ones *restored*."""
    organization_id = connection.organization_id
    provider = connection.provider
    now = timezone.now()
    new = updated = removed = restored = 0
    with transaction.atomic():
        existing = {
            r.external_uuid: r
            for r in Repository.objects.select_for_update().filter(
                organization_id=organization_id, provider=provider
            )
        }
        seen: set[str] = set()
        for remote in listing:
            seen.add(remote.uuid)
            values = {
                "full_name": remote.full_name[:300],
                "slug": remote.slug[:200],
                "name": remote.name[:200],
                "is_private": remote.is_private,
                "default_branch": remote.default_branch[:255],
                "language": remote.language[:60],
            }
            repo = existing.get(remote.uuid)
            if repo is None:
                Repository.objects.create(
                    organization_id=organization_id,
                    connection=connection,
                    provider=provider,
                    external_uuid=remote.uuid,
                    last_seen_at=now,
                    **values,
                )
                new += 1
                continue
            changed = any(getattr(repo, k) != v for k, v in values.items())
            if repo.status == RepositoryStatus.REMOVED:
                repo.status = RepositoryStatus.ACTIVE
                repo.removed_at = None
                restored += 1
            elif changed or repo.connection_id != connection.pk:
                updated += 1
            for key, value in values.items():
                setattr(repo, key, value)
            repo.connection = connection
            repo.last_seen_at = now
            repo.save()
        for uuid, repo in existing.items():
            # A listing speaks only for its own connection: the organization's other
            # connections (other workspaces) are not in it and must not be marked removed.
            if repo.connection_id != connection.pk:
                continue
            if uuid not in seen and repo.status == RepositoryStatus.ACTIVE:
                repo.status = RepositoryStatus.REMOVED
                repo.removed_at = now
                repo.save(update_fields=["status", "removed_at", "updated_at"])
                removed += 1
    counts = SyncCounts(
        total=len(seen), new=new, updated=updated, removed=removed, restored=restored
    )
    logger.info(
        "repositories.synced",
        extra={"connection_id": connection.pk, **counts.as_dict()},
    )
    return counts
