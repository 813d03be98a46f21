"""Uploads of AMI vendor files, partner statements, GIS layers, rate plans and photos."""
from __future__ import annotations

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile, status
from lxml import etree
from sqlalchemy.orm import Session

from aquameter.config import Settings
from aquameter.db import get_session
from aquameter.deps import Principal, require_role, require_staff, settings_dep
from aquameter.schemas.field import SERIAL_PATTERN
from aquameter.services.imports import ImportService
from aquameter.services.readings import CURRENT_MANIFEST, ReadingService
from aquameter.services.vendor_import import load_manifest, manifest_meter, parse_ami_export, parse_partner_statement
from aquameter.worker import actors

router = APIRouter(prefix="/imports", tags=["imports"])
MAX_XML_BYTES = 20 * 1024 * 1024


def _queue(kind: str, upload: UploadFile, session: Session, settings: Settings) -> tuple[str, str]:
    batch_id, stored = ImportService(session, settings).stash(kind, upload.filename, upload.file)
    session.commit()
    return str(batch_id), str(stored)


@router.post("/ami")
async def upload_ami_export(
    file: UploadFile = File(...),
    _: Principal = Depends(require_staff),
    session: Session = Depends(get_session),
    settings: Settings = Depends(settings_dep),
) -> dict[str, int]:
    data = await file.read(MAX_XML_BYTES + 1)
    if len(data) > MAX_XML_BYTES:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
    try:
        batch = parse_ami_export(data)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, f"unreadable AMI export: {exc}") from exc
    stored = ReadingService(session, settings).store_vendor_batch(batch)
    return {"reads": len(batch.reads), "stored": stored}


@router.post("/partner-statements")
async def upload_partner_statement(file: UploadFile = File(...), _: Principal = Depends(require_role("billing", "supervisor"))) -> dict:
    lines = parse_partner_statement(await file.read(MAX_XML_BYTES))
    return {"payments": len(lines), "total_cents": sum(line.amount_cents for line in lines)}


@router.post("/vendor-archives", status_code=202)
def upload_vendor_archive(file: UploadFile = File(...), _: Principal = Depends(require_staff), session: Session = Depends(get_session), settings: Settings = Depends(settings_dep)) -> dict[str, str]:
    batch_id, stored = _queue("vendor", file, session, settings)
    actors.import_vendor_archive.send(batch_id, stored)
    return {"batch_id": batch_id}


@router.post("/gis-layers", status_code=202)
def upload_gis_layer(
    district_code: str = Form(...),
    file: UploadFile = File(...),
    _: Principal = Depends(require_staff),
    session: Session = Depends(get_session),
    settings: Settings = Depends(settings_dep),
) -> dict[str, str]:
    batch_id, stored = _queue("gis", file, session, settings)
    actors.import_gis_layer.send(batch_id, stored, district_code.strip().upper())
    return {"batch_id": batch_id}


@router.post("/rate-plans", status_code=202)
def upload_rate_plan(file: UploadFile = File(...), _: Principal = Depends(require_role("billing", "supervisor")), session: Session = Depends(get_session), settings: Settings = Depends(settings_dep)) -> dict[str, str]:
    batch_id, stored = _queue("rateplan", file, session, settings)
    actors.apply_rate_plan.send(batch_id, stored)
    return {"batch_id": batch_id}


@router.post("/photos", status_code=202)
def upload_photo_batch(
    serial: str = Form(..., pattern=SERIAL_PATTERN),
    file: UploadFile = File(...),
    _: Principal = Depends(require_staff),
    session: Session = Depends(get_session),
    settings: Settings = Depends(settings_dep),
) -> dict[str, str]:
    batch_id, stored = _queue("photos", file, session, settings)
    actors.unpack_photo_batch.send(batch_id, stored, serial)
    return {"batch_id": batch_id}


@router.get("/manifest/meters/{serial}")
def manifest_meter_info(serial: str, _: Principal = Depends(require_staff), settings: Settings = Depends(settings_dep)) -> dict:
    tree = load_manifest(settings.import_dir / CURRENT_MANIFEST)
    meter = manifest_meter(tree, serial)
    if meter is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return {"serial": meter.get("serial"), "model": meter.get("model"), "reads": len(meter.findall("Reading"))}
