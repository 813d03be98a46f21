"""Account search and maintenance (CSR staff) plus customer self-service updates."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Query, status
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from aquameter.db import get_session
from aquameter.deps import Principal, current_principal, require_staff
from aquameter.schemas.accounts import AccountDetail, AccountSearch, AccountSummary, ServiceNotesUpdate
from aquameter.security.redirects import redirect_within_portal
from aquameter.services.accounts import AccountNotFound, AccountService

router = APIRouter(prefix="/accounts", tags=["accounts"])


@router.get("", response_model=list[AccountSummary])
def search_accounts(
    q: str = Query("", max_length=100),
    sort: str = Query("name"),
    direction: str = Query("asc", pattern="^(asc|desc)$"),
    limit: int = Query(50, ge=1, le=200),
    _: Principal = Depends(require_staff),
    session: Session = Depends(get_session),
) -> list[AccountSummary]:
    params = AccountSearch(q=q, sort=sort, direction=direction, limit=limit)
    return AccountService(session).search(params)


@router.get("/{account_number}", response_model=AccountDetail)
def get_account(account_number: str, _: Principal = Depends(require_staff), session: Session = Depends(get_session)) -> AccountDetail:
    try:
        return AccountService(session).get_by_number(account_number)
    except AccountNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "account not found") from exc


@router.post("/me/notes")
def update_my_notes(
    notes: str = Form(..., max_length=4000),
    return_to: str | None = Form(None),
    principal: Principal = Depends(current_principal),
    session: Session = Depends(get_session),
) -> RedirectResponse:
    body = ServiceNotesUpdate(notes=notes, return_to=return_to)
    if principal.account_id is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "no account linked to this login")
    AccountService(session).update_service_notes(principal.account_id, body.notes)
    return redirect_within_portal(body.return_to)


@router.post("/{account_number}/invite", status_code=201)
def invite_to_portal(account_number: str, _: Principal = Depends(require_staff), session: Session = Depends(get_session)) -> dict[str, str]:
    token = AccountService(session).invite(account_number)
    return {"invite_url": f"/portal/register?token={token}"}
