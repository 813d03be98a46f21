"""Parts counter: browsing stock, booking parts out, shelf labels, supplier lookups."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from spokeshed.config import get_settings
from spokeshed.domain.dto import LabelJob, Part, StockMovement
from spokeshed.domain.errors import InvalidInput, NotFound
from spokeshed.repositories.parts import PartsRepository
from spokeshed.services.catalogue_import import CatalogueIndex

MOVEMENT_REASONS = {"used_on_job", "sold", "donation_in", "stock_take", "damaged", "delivery"}


class PartsService:
    def __init__(self, repo: PartsRepository | None = None) -> None:
        self.repo = repo or PartsRepository()
        self.catalogue_dir = get_settings().catalogue_dir

    def browse(self, category: str | None, sort: str) -> list[Part]:
        return self.repo.list(category or None, sort or "name")

    def find(self, sku: str) -> Part:
        part = self.repo.get(sku)
        if part is None:
            raise NotFound(sku)
        return part

    def running_low(self, threshold: str | int = 3) -> list[Part]:
        return self.repo.low_stock(threshold)

    def move_stock(self, movement: StockMovement) -> int:
        if movement.reason not in MOVEMENT_REASONS:
            raise InvalidInput("unknown movement reason")
        if movement.delta == 0:
            raise InvalidInput("nothing to move")
        self.find(movement.sku)
        return self.repo.record_movement(movement)

    def queue_label(self, sku: str, title: str | None, copies: int, printer: str | None) -> LabelJob:
        part = self.find(sku)
        job = LabelJob(sku=part.sku, title=title or part.name, copies=copies, printer=printer)
        from spokeshed.workers.actors import print_shelf_label

        print_shelf_label.send(job.sku, job.title, job.copies, job.printer)
        return job

    def supplier_alternative(self, supplier_code: str, sku: str) -> dict[str, str] | None:
        if not supplier_code.isalnum():
            raise InvalidInput("bad supplier code")
        path = Path(self.catalogue_dir) / f"{supplier_code.lower()}.xml"
        if not path.exists():
            raise NotFound(f"no catalogue cached for {supplier_code}")
        return CatalogueIndex(path).item_for_sku(sku)

    def by_manufacturer_code(self, supplier_code: str, code: str) -> list[dict[str, str]]:
        if not supplier_code.isalnum():
            raise InvalidInput("bad supplier code")
        path = Path(self.catalogue_dir) / f"{supplier_code.lower()}.xml"
        return CatalogueIndex(path).items_for_manufacturer_code(code) if path.exists() else []

    def parts_total(self, skus: list[str]) -> Decimal:
        return sum((self.find(s).sale_price for s in skus), Decimal("0"))
