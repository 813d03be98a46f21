"""Meter readings: crew capture, consumption charts, photos and the self-read lookup."""
from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, File, HTTPException, Path, Query, Response, UploadFile, status
from sqlalchemy.orm import Session

from aquameter.config import Settings
from aquameter.db import get_session
from aquameter.deps import Principal, current_crew, require_staff, settings_dep
from aquameter.schemas.field import SERIAL_PATTERN, ConsumptionPoint, ReadingBatchIn, VendorRead
from aquameter.security.guards import GuardViolation
from aquameter.security.jwt_tokens import CrewIdentity
from aquameter.services.imports import ImportService
from aquameter.services.readings import ReadingService
from aquameter.utils.storage import PhotoNotFound
from aquameter.worker import actors

router = APIRouter(prefix="/readings", tags=["readings"])
crew_router = APIRouter(prefix="/readings", tags=["crew"])


@crew_router.post("", status_code=201)
def submit_readings(
    batch: ReadingBatchIn,
    crew: CrewIdentity = Depends(current_crew),
    session: Session = Depends(get_session),
    settings: Settings = Depends(settings_dep),
) -> dict[str, int]:
    stored = ReadingService(session, settings).record(batch, crew)
    return {"stored": stored}


@crew_router.post("/bundles", status_code=202)
def upload_route_bundle(
    bundle: UploadFile = File(...),
    crew: CrewIdentity = Depends(current_crew),
    session: Session = Depends(get_session),
    settings: Settings = Depends(settings_dep),
) -> dict[str, str]:
    batch_id, stored = ImportService(session, settings).stash("bundle", bundle.filename, bundle.file)
    session.commit()
    actors.unpack_reading_bundle.send(str(batch_id), str(stored))
    return {"batch_id": str(batch_id)}


@router.get("/meters/{meter_id}/consumption", response_model=list[ConsumptionPoint])
def consumption(
    meter_id: int,
    start: datetime,
    end: datetime,
    _: Principal = Depends(require_staff),
    session: Session = Depends(get_session),
    settings: Settings = Depends(settings_dep),
) -> list[ConsumptionPoint]:
    return ReadingService(session, settings).consumption(meter_id, start, end)


@router.get("/meters/{serial}/photo")
def meter_photo(
    serial: str = Path(..., pattern=SERIAL_PATTERN),
    file: str = Query(..., max_length=255),
    _: Principal = Depends(require_staff),
    session: Session = Depends(get_session),
    settings: Settings = Depends(settings_dep),
) -> Response:
    try:
        content = ReadingService(session, settings).photo(serial, file)
    except PhotoNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "photo not found") from exc
    return Response(content, media_type="image/jpeg")


@router.get("/self-read/{serial}", response_model=list[VendorRead])
def self_read_lookup(serial: str, session: Session = Depends(get_session), settings: Settings = Depends(settings_dep)) -> list[VendorRead]:
    """Public: customers type the serial printed on their meter to see the latest AMI reads."""
    return ReadingService(session, settings).vendor_reads(serial.strip())


@router.get("/parcels")
def parcel_lookup(
    address: str = Query(..., min_length=3, max_length=200),
    gis_server: str | None = Query(None, max_length=300),
    _: Principal = Depends(require_staff),
    session: Session = Depends(get_session),
    settings: Settings = Depends(settings_dep),
) -> dict:
    try:
        parcel = ReadingService(session, settings).parcel_lookup(address, gis_server)
    except GuardViolation as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from exc
    if parcel is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no parcel matched")
    return parcel
