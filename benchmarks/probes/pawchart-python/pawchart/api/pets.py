"""Pets, attachments and imaging."""
from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, File, HTTPException, Query, UploadFile, status
from fastapi import Path as PathParam
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from pawchart.config import Settings, get_settings
from pawchart.db import get_session
from pawchart.deps import CurrentUser, get_current_user
from pawchart.models.schemas import AttachmentOut, ImageOut, PetCreate, PetOut, PetSearchResult
from pawchart.services.attachments import AttachmentService, UnsupportedMedia, UploadTooLarge
from pawchart.services.imaging import ImagingService
from pawchart.services.pet_service import PetNotFound, PetService
from pawchart.util.paths import ensure_dir

router = APIRouter(prefix="/pets", tags=["pets"])


def _pet_or_404(svc: PetService, clinic_id: int, pet_id: int):
    try:
        return svc.get(clinic_id, pet_id)
    except PetNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "pet not found") from exc


@router.get("", response_model=PetSearchResult)
def search_pets(
    q: str | None = Query(None, max_length=100),
    species: str | None = Query(None, max_length=32),
    sort: str = Query("name", max_length=64),
    direction: str = Query("asc", max_length=4),
    page: int = Query(1, ge=1),
    page_size: int = Query(25, ge=1, le=100),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> PetSearchResult:
    try:
        return PetService(session).search(
            user.clinic_id,
            name=q,
            species=species,
            sort=sort,
            direction=direction,
            page=page,
            page_size=page_size,
        )
    except ValueError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(exc)) from exc


@router.post("", response_model=PetOut, status_code=201)
def register_pet(
    body: PetCreate,
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
):
    try:
        return PetService(session).register(user.clinic_id, body)
    except PetNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "owner not found") from exc


@router.get("/{pet_id}", response_model=PetOut)
def get_pet(
    pet_id: int = PathParam(..., ge=1),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
):
    return _pet_or_404(PetService(session), user.clinic_id, pet_id)


@router.post("/{pet_id}/attachments", response_model=AttachmentOut, status_code=201)
async def upload_attachment(
    pet_id: int = PathParam(..., ge=1),
    file: UploadFile = File(...),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
    settings: Settings = Depends(get_settings),
):
    _pet_or_404(PetService(session), user.clinic_id, pet_id)
    try:
        return await AttachmentService(session, settings).store(user.clinic_id, pet_id, file, user.username)
    except UnsupportedMedia as exc:
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "unsupported file type") from exc
    except UploadTooLarge as exc:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "file too large") from exc


@router.post("/{pet_id}/images", response_model=ImageOut, status_code=201)
async def upload_image(
    pet_id: int = PathParam(..., ge=1),
    file: UploadFile = File(...),
    thumb: str = Query("256x256", max_length=32),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
    settings: Settings = Depends(get_settings),
) -> ImageOut:
    _pet_or_404(PetService(session), user.clinic_id, pet_id)
    imaging = ImagingService(settings)
    saved = await imaging.save_upload(user.clinic_id, pet_id, file)
    try:
        thumbnail = await run_in_threadpool(imaging.make_thumbnail, saved, thumb)
    except ValueError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(exc)) from exc
    return ImageOut(name=saved.name, thumbnail=thumbnail.name)


@router.get("/{pet_id}/images/{image_name}")
def get_image(
    pet_id: int = PathParam(..., ge=1),
    image_name: str = PathParam(..., max_length=255),
    user: CurrentUser = Depends(get_current_user),
    settings: Settings = Depends(get_settings),
) -> FileResponse:
    path = ImagingService(settings).image_path(user.clinic_id, pet_id, image_name)
    if not path.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "image not found")
    return FileResponse(path)  # SAFE path


@router.get("/{pet_id}/images/{image_name}/preview")
def image_preview(
    pet_id: int = PathParam(..., ge=1),
    image_name: str = PathParam(..., max_length=255),
    width: int = Query(1024, ge=16, le=4096),
    height: int = Query(768, ge=16, le=4096),
    user: CurrentUser = Depends(get_current_user),
    settings: Settings = Depends(get_settings),
) -> FileResponse:
    imaging = ImagingService(settings)
    src = imaging.image_path(user.clinic_id, pet_id, image_name)
    if not src.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "image not found")
    return FileResponse(imaging.make_preview(src, width, height), media_type="image/png")


@router.post("/{pet_id}/studies", status_code=201)
async def upload_study_bundle(
    pet_id: int = PathParam(..., ge=1),
    bundle: UploadFile = File(...),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
    settings: Settings = Depends(get_settings),
) -> dict[str, list[str]]:
    _pet_or_404(PetService(session), user.clinic_id, pet_id)
    tmp_dir = ensure_dir(settings.storage_root / "tmp")
    tmp_path = tmp_dir / f"{uuid.uuid4().hex}.tar.gz"
    tmp_path.write_bytes(await bundle.read())
    try:
        files = await run_in_threadpool(
            ImagingService(settings).import_study_bundle, user.clinic_id, pet_id, tmp_path
        )
    finally:
        tmp_path.unlink(missing_ok=True)
    return {"files": files}
