"""`repositories_apply_listing`: turn a *complete* remote listing into new/updated/removed/
restored repositories. Callers must never pass a partial listing (clients raise instead)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from django.db import transaction
from django.utils import timezone

from tracesec.repositories.models import Repository, RepositoryStatus

logger = logging.getLogger(__name__)


class RemoteRepositoryLike(Protocol):
    uuid: str
    full_name: str
    slug: str
    name: str
    is_private: bool
    default_branch: str
    language: str


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


_FIELDS = ("full_name", "slug", "name", "is_private", "default_branch", "language")


def repositories_apply_listing(
    *, connection: object, listing: list[RemoteRepositoryLike]
) -> SyncCounts:
    """Upsert by (organization, provider, uuid). Renames/transfers keep identity (and findings);
    repositories missing from the listing become *removed*, reappearing ones *restored*."""
    organization_id = connection.organization_id  # type: ignore[attr-defined]
    provider = connection.provider  # type: ignore[attr-defined]
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
            elif changed or repo.connection_id != connection.pk:  # type: ignore[attr-defined]
                updated += 1
            for key, value in values.items():
                setattr(repo, key, value)
            repo.connection = connection  # type: ignore[assignment]
            repo.last_seen_at = now
            repo.save()
        for uuid, repo in existing.items():
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
        extra={"connection_id": connection.pk, **counts.as_dict()},  # type: ignore[attr-defined]
    )
    return counts
