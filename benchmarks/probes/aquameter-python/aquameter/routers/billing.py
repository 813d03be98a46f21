"""Billing exports for finance, rate plans, bill previews and online payments."""
from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, Query, status
from fastapi.responses import FileResponse, RedirectResponse
from sqlalchemy.orm import Session

from aquameter.config import Settings
from aquameter.db import get_session
from aquameter.deps import Principal, current_principal, require_role, settings_dep
from aquameter.schemas.billing import BillingExportOut, BillingExportRequest, BillPreviewIn, BillPreviewOut, RatePlanIn
from aquameter.security.guards import GuardViolation
from aquameter.services.billing import BillingService, ExportNotFound, InvoiceNotFound
from aquameter.services.tariffs import RatePlanError
from aquameter.worker import actors

router = APIRouter(prefix="/billing", tags=["billing"])
finance_only = require_role("billing", "supervisor")


@router.post("/exports", response_model=BillingExportOut, status_code=202)
def request_export(
    body: BillingExportRequest,
    principal: Principal = Depends(finance_only),
    session: Session = Depends(get_session),
    settings: Settings = Depends(settings_dep),
) -> BillingExportOut:
    try:
        export = BillingService(session, settings).request_export(body, principal.subject)
    except GuardViolation as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from exc
    session.commit()
    actors.run_billing_export.send(str(export.id))
    return export


@router.get("/exports/{export_id}", response_model=BillingExportOut)
def export_status(export_id: UUID, _: Principal = Depends(finance_only), session: Session = Depends(get_session), settings: Settings = Depends(settings_dep)) -> BillingExportOut:
    try:
        return BillingService(session, settings).export_status(export_id)
    except ExportNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND) from exc


@router.get("/export-files")
def download_export(
    name: str = Query(..., max_length=200),
    _: Principal = Depends(finance_only),
    session: Session = Depends(get_session),
    settings: Settings = Depends(settings_dep),
) -> FileResponse:
    path = BillingService(session, settings).locate_export(name)
    if not path.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return FileResponse(path, media_type="application/gzip", filename=path.name)  # VULN path


@router.delete("/exports/{export_id}", status_code=204)
def purge_export(export_id: UUID, _: Principal = Depends(finance_only), session: Session = Depends(get_session), settings: Settings = Depends(settings_dep)) -> None:
    BillingService(session, settings).delete_export(export_id)


@router.put("/rate-plans", status_code=204)
def save_rate_plan(body: RatePlanIn, _: Principal = Depends(finance_only), session: Session = Depends(get_session), settings: Settings = Depends(settings_dep)) -> None:
    try:
        BillingService(session, settings).save_rate_plan(body)
    except (RatePlanError, ValueError, SyntaxError) as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, f"invalid tiers: {exc}") from exc


@router.post("/preview", response_model=BillPreviewOut)
def preview_bill(body: BillPreviewIn, _: Principal = Depends(finance_only), session: Session = Depends(get_session), settings: Settings = Depends(settings_dep)) -> BillPreviewOut:
    try:
        return BillingService(session, settings).preview_bill(body)
    except InvoiceNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND) from exc


@router.get("/invoices/{number}/pay")
def pay_invoice(
    number: str,
    provider: str = Query("citypay", max_length=300),
    _: Principal = Depends(current_principal),
    session: Session = Depends(get_session),
    settings: Settings = Depends(settings_dep),
) -> RedirectResponse:
    try:
        target = BillingService(session, settings).checkout_url(number, provider)
    except InvoiceNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND) from exc
    return RedirectResponse(target, status_code=302)  # VULN redirect
