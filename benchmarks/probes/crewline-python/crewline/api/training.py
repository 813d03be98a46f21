"""Training records, simulator sessions and the regulator ledger."""
import asyncio

from fastapi import APIRouter, Depends, File, HTTPException, Path, Query, UploadFile

from crewline.deps import get_current_user, require_role
from crewline.repositories import training_repo
from crewline.schemas import Principal
from crewline.services import document_service, xml_import

router = APIRouter(prefix="/training", tags=["training"])
TrainingAdmin = Depends(require_role("training_admin"))
MAX_IMPORT_BYTES = 5 * 1024 * 1024


async def _read_limited(upload: UploadFile) -> bytes:
    payload = await upload.read(MAX_IMPORT_BYTES + 1)
    if len(payload) > MAX_IMPORT_BYTES:
        raise HTTPException(413, "import file too large")
    return payload


@router.get("/crew/{crew_id}/records")
async def records(crew_id: int = Path(..., ge=1), user: Principal = Depends(get_current_user)):
    if user.crew_id != crew_id and "training_admin" not in user.roles:
        raise HTTPException(403, "not your training record")
    return await training_repo.records_for(crew_id)


@router.post("/records/import")
async def import_records(file: UploadFile = File(...), user: Principal = TrainingAdmin):
    try:
        parsed = xml_import.parse_training_records(await _read_limited(file))
    except xml_import.ImportFormatError as exc:
        raise HTTPException(422, f"invalid training export: {exc}") from exc
    await training_repo.upsert_records(parsed)
    return {"imported": len(parsed)}


@router.post("/sim-sessions/import")
async def import_sim_sessions(file: UploadFile = File(...), user: Principal = TrainingAdmin):
    try:
        sessions = xml_import.parse_sim_sessions(await _read_limited(file))
    except xml_import.ImportFormatError as exc:
        raise HTTPException(422, f"invalid simulator export: {exc}") from exc
    await training_repo.store_sim_sessions(sessions)
    return {"imported": len(sessions)}


@router.get("/ledger")
async def ledger_for_crew(crew_ref: str = Query(..., max_length=64), user: Principal = Depends(get_current_user)):
    return {"entries": await asyncio.to_thread(xml_import.ledger_entries_for_crew, crew_ref)}


@router.get("/ledger/course/{course}")
async def ledger_for_course(course: str, user: Principal = Depends(get_current_user)):
    return {"entries": await asyncio.to_thread(xml_import.ledger_entries_for_course, course)}


@router.post("/archive")
async def upload_training_archive(archive: UploadFile = File(...), user: Principal = TrainingAdmin):
    return {"files": await asyncio.to_thread(document_service.import_training_archive, archive.file)}
