"""Spare parts catalogue and reservations."""
from fastapi import APIRouter, Depends, HTTPException, Path
from fastapi.responses import FileResponse

from turbinary.api.deps import current_supervisor, part_filter
from turbinary.api.schemas import ReservationIn
from turbinary.config import settings
from turbinary.repositories.parts_repo import InsufficientStock, PartFilter, PartsCatalog, WarehouseLedger
from turbinary.utils.files import PathOutsideBase, file_etag, resolve_within

router = APIRouter(prefix="/parts", tags=["parts"])


@router.get("")
def search_parts(flt: PartFilter = Depends(part_filter)) -> list[dict]:
    return PartsCatalog().search(flt)


@router.post("/{sku}/reservations")
def reserve_part(body: ReservationIn, sku: str = Path(...), supervisor: dict = Depends(current_supervisor)) -> dict:
    try:
        remaining = WarehouseLedger().reserve(sku, body.qty, body.work_order_id)
    except InsufficientStock:
        raise HTTPException(409, "not enough stock")
    return {"sku": sku, "reserved": body.qty, "available": remaining, "by": supervisor.get("sub")}


@router.get("/{sku}/datasheets/{filename}")
def datasheet(sku: str = Path(...), filename: str = Path(...)) -> FileResponse:
    try:
        path = resolve_within(settings.datasheet_dir, sku, filename)
    except PathOutsideBase:
        raise HTTPException(400, "invalid datasheet path")
    if not path.is_file():
        raise HTTPException(404, "datasheet not found")
    return FileResponse(path, media_type="application/pdf", headers={"ETag": file_etag(path)})  # SAFE path
