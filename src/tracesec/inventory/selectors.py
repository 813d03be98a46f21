"""Reading stored inventories."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.db.models import Q

from tracesec.inventory.models import InventoryPackage
from tracesec.repositories.models import RepositoryStatus

# (ecosystem, name) pairs per query: keeps each statement's parameters well under limits
_BATCH = 400


def inventory_packages_using(keys: Iterable[tuple[str, str]]) -> Iterator[InventoryPackage]:
    """Every stored package whose (ecosystem, normalized name) is in ``keys``, with its scan
    and repository, found through the (ecosystem, normalized_name) index. A removed
    repository's inventory is kept but not matched: no findings or alerts about it."""
    by_ecosystem: dict[str, list[str]] = {}
    for ecosystem, name in keys:
        by_ecosystem.setdefault(ecosystem, []).append(name)
    for ecosystem, names in sorted(by_ecosystem.items()):
        for start in range(0, len(names), _BATCH):
            chunk = names[start : start + _BATCH]
            query = InventoryPackage.objects.filter(
                Q(ecosystem=ecosystem)
                & Q(normalized_name__in=chunk)
                & Q(repository__status=RepositoryStatus.ACTIVE)
            ).select_related("scan", "repository")
            yield from query.iterator(chunk_size=2000)


def inventory_for_repository(repository_id: int) -> list[InventoryPackage]:
    return list(
        InventoryPackage.objects.filter(repository_id=repository_id).order_by(
            "manifest_path", "line", "name"
        )
    )
