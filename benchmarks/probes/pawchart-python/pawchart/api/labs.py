"""Laboratory results: uploads, queries, analyser profiles and reference-lab orders."""
from __future__ import annotations

from typing import Any

import httpx
from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile, status
from fastapi import Path as PathParam
from lxml import etree

from pawchart.config import Settings, get_settings
from pawchart.datastores import get_lab_db
from pawchart.deps import CurrentUser, get_current_user, require_admin
from pawchart.models.schemas import ACCESSION_PATTERN, ArchiveAccepted, LabResultOut
from pawchart.repositories.lab_repo import LabRepository
from pawchart.services.lab_provider import LabProviderClient, UnknownProvider
from pawchart.services.lab_service import LabLookupRejected, LabReportNotFound, LabService

router = APIRouter(prefix="/labs", tags=["labs"])

MAX_XML_BYTES = 5 * 1024 * 1024


def get_lab_service(settings: Settings = Depends(get_settings)) -> LabService:
    return LabService(LabRepository(get_lab_db()), settings)


@router.post("/archives", response_model=ArchiveAccepted, status_code=202)
async def upload_archive(
    file: UploadFile = File(...),
    user: CurrentUser = Depends(get_current_user),
    svc: LabService = Depends(get_lab_service),
) -> ArchiveAccepted:
    try:
        job_id = await svc.receive_archive(user.clinic_id, file)
    except ValueError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(exc)) from exc
    return ArchiveAccepted(job_id=job_id)


@router.post("/results/xml", status_code=201)
async def upload_result_xml(
    file: UploadFile = File(...),
    user: CurrentUser = Depends(get_current_user),
    svc: LabService = Depends(get_lab_service),
) -> dict[str, int]:
    data = await file.read()
    if len(data) > MAX_XML_BYTES:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "report too large")
    try:
        stored = await svc.ingest_single_xml(user.clinic_id, data)
    except etree.XMLSyntaxError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, f"invalid XML: {exc}") from exc
    return {"stored": stored}


@router.get("/pets/{pet_id}/results", response_model=list[LabResultOut])
async def results_for_pet(
    pet_id: int = PathParam(..., ge=1),
    panel: str | None = Query(None, max_length=40),
    user: CurrentUser = Depends(get_current_user),
    svc: LabService = Depends(get_lab_service),
) -> list[dict[str, Any]]:
    return await svc.results_for_pet(user.clinic_id, pet_id, panel)


@router.get("/results/{accession_no}", response_model=LabResultOut)
async def result_by_accession(
    accession_no: str = PathParam(..., pattern=ACCESSION_PATTERN),
    user: CurrentUser = Depends(get_current_user),
    svc: LabService = Depends(get_lab_service),
) -> dict[str, Any]:
    doc = await svc.by_accession(user.clinic_id, accession_no)
    if doc is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "result not found")
    return doc


@router.post("/results/lookup", response_model=LabResultOut)
async def lookup_result(
    request: Request,
    user: CurrentUser = Depends(get_current_user),
    svc: LabService = Depends(get_lab_service),
) -> dict[str, Any]:
    payload = await request.json()
    if not isinstance(payload, dict):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "expected a JSON object")
    try:
        doc = await svc.verified_lookup(payload)
    except LabLookupRejected as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(exc)) from exc
    if doc is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no result for that accession and code")
    return doc


@router.get("/reports/{report_id}/values")
async def report_values(
    report_id: str,
    sample_id: str = Query(..., max_length=40),
    code: str = Query(..., max_length=60),
    user: CurrentUser = Depends(get_current_user),
    svc: LabService = Depends(get_lab_service),
) -> dict[str, list[str]]:
    try:
        values = await svc.report_values(user.clinic_id, report_id, sample_id, code)
    except LabReportNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "report not found") from exc
    return {"values": values}


@router.get("/reports/{report_id}/analytes")
async def report_analyte_values(
    report_id: str,
    sample_id: str = Query(..., max_length=40),
    analyte: str = Query(..., max_length=80),
    user: CurrentUser = Depends(get_current_user),
    svc: LabService = Depends(get_lab_service),
) -> dict[str, list[str]]:
    try:
        values = await svc.report_values_by_analyte(user.clinic_id, report_id, sample_id, analyte)
    except LabReportNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "report not found") from exc
    return {"values": values}


@router.post("/analysers/profile")
async def upload_analyser_profile(
    file: UploadFile = File(...),
    admin: CurrentUser = Depends(require_admin),
    svc: LabService = Depends(get_lab_service),
) -> dict[str, Any]:
    try:
        profile = svc.load_analyser_profile(await file.read())
    except ValueError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(exc)) from exc
    return {"analyser": profile.get("analyser"), "panels": len(profile.get("panels") or [])}


@router.post("/reference-ranges")
async def upload_reference_ranges(
    file: UploadFile = File(...),
    user: CurrentUser = Depends(get_current_user),
    svc: LabService = Depends(get_lab_service),
) -> dict[str, int]:
    try:
        ranges = svc.load_reference_ranges(await file.read())
    except ValueError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(exc)) from exc
    return {"analytes": len(ranges)}


@router.get("/providers/{provider}/orders/{order_id}")
async def provider_order(
    provider: str,
    order_id: int = PathParam(..., ge=1),
    user: CurrentUser = Depends(get_current_user),
) -> dict[str, Any]:
    client = LabProviderClient()
    try:
        return await client.fetch_order(provider, order_id)
    except UnknownProvider as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown provider") from exc
    except httpx.HTTPStatusError as exc:
        raise HTTPException(status.HTTP_502_BAD_GATEWAY, f"provider answered {exc.response.status_code}") from exc
    finally:
        await client.aclose()
