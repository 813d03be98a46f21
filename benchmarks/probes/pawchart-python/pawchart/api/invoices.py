"""Invoices: search, lookup, creation and the printable view."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Response, status
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from pawchart.db import get_session
from pawchart.deps import CurrentUser, get_current_user
from pawchart.models.schemas import InvoiceCreate, InvoiceOut, InvoiceSummary
from pawchart.services.invoice_service import InvoiceNotFound, InvoiceService
from pawchart.util.htmlrender import render_invoice_page

router = APIRouter(prefix="/invoices", tags=["invoices"])


@router.get("", response_model=list[InvoiceSummary])
def search_invoices(
    ref: str = Query(..., min_length=2, max_length=64),
    limit: int = Query(20, ge=1, le=100),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> list[dict]:
    return InvoiceService(session).search_by_reference(user.clinic_id, ref, limit)


@router.get("/by-number/{number}", response_model=InvoiceOut)
def invoice_by_number(
    response: Response,
    number: str = PathParam(..., max_length=32),
    if_none_match: str | None = Header(default=None),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
):
    svc = InvoiceService(session)
    try:
        invoice = svc.get_by_number(user.clinic_id, number)
    except InvoiceNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "invoice not found") from exc
    etag = f'"{svc.etag(invoice)}"'
    if if_none_match == etag:
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers={"ETag": etag})
    response.headers["ETag"] = etag
    return invoice


@router.post("", response_model=InvoiceOut, status_code=201)
def create_invoice(
    body: InvoiceCreate,
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
):
    try:
        return InvoiceService(session).create(user.clinic_id, body)
    except InvoiceNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "owner not found") from exc


@router.get("/{invoice_id}/print", response_class=HTMLResponse)
def print_invoice(
    invoice_id: int = PathParam(..., ge=1),
    title: str = Query("Invoice", max_length=120),
    memo: str = Query("", max_length=500),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> HTMLResponse:
    svc = InvoiceService(session)
    try:
        invoice = svc.get(user.clinic_id, invoice_id)
    except InvoiceNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "invoice not found") from exc
    clinic = svc.clinic(user.clinic_id)
    page = render_invoice_page(invoice, clinic.name, title=title, memo=memo, footer=clinic.invoice_footer)
    return HTMLResponse(page)
