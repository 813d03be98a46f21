"""Crew documents, certificates, the shared library and company manuals."""
import asyncio
import mimetypes
import os

from fastapi import APIRouter, Depends, File, HTTPException, Path, Query, UploadFile
from fastapi.responses import FileResponse, Response, StreamingResponse

from crewline.config import get_settings
from crewline.deps import get_current_user
from crewline.schemas import Principal
from crewline.services import document_service
from crewline.utils.paths import secure_filename

router = APIRouter(prefix="/documents", tags=["documents"])


def _own_or_control(user: Principal, crew_id: int) -> None:
    if user.crew_id != crew_id and "crew_control" not in user.roles:
        raise HTTPException(403, "not your documents")


@router.get("/certificates/{crew_id}/{cert_name}")
async def certificate(crew_id: int = Path(..., ge=1), cert_name: str = Path(...), user: Principal = Depends(get_current_user)):
    _own_or_control(user, crew_id)
    try:
        data = await document_service.read_certificate(crew_id, cert_name)
    except document_service.DocumentAccessError:
        raise HTTPException(404, "certificate not found")
    return Response(data, media_type="application/pdf")


@router.get("/crew/{crew_id}/{filename:path}")
async def crew_document(crew_id: int = Path(..., ge=1), filename: str = Path(...), user: Principal = Depends(get_current_user)):
    _own_or_control(user, crew_id)
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return StreamingResponse(document_service.stream_crew_document(crew_id, filename), media_type=media_type)


@router.post("/crew/{crew_id}/bundle")
async def upload_bundle(crew_id: int = Path(..., ge=1), bundle: UploadFile = File(...), user: Principal = Depends(get_current_user)):
    _own_or_control(user, crew_id)
    names = await asyncio.to_thread(document_service.import_bundle, crew_id, bundle.filename or "", bundle.file)
    return {"extracted": names}


@router.get("/library")
async def library_file(
    category: str = Query("general"),
    filename: str = Query(...),
    user: Principal = Depends(get_current_user),
):
    if ".." in filename or filename.startswith(("/", "\\")):
        raise HTTPException(400, "invalid file name")
    path = os.path.join(get_settings().library_root, category, filename)
    return FileResponse(path)  # VULN path


@router.get("/manuals/{filename}")
async def manual(filename: str, user: Principal = Depends(get_current_user)):
    try:
        name = secure_filename(filename)
    except ValueError:
        raise HTTPException(400, "invalid manual name")
    return FileResponse(os.path.join(get_settings().manuals_root, name), media_type="application/pdf")  # SAFE path
