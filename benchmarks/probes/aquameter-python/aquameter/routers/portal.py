"""Server-rendered customer portal (Jinja2 templates)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi import APIRouter, Cookie, Depends, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from aquameter.config import Settings
from aquameter.db import get_session
from aquameter.deps import Principal, current_principal, optional_principal, settings_dep
from aquameter.services.accounts import AccountNotFound, AccountService
from aquameter.services.leaks import LeakService
from aquameter.services.readings import ReadingService
from aquameter.utils.prefs import COOKIE_NAME, decode_prefs, encode_prefs
from aquameter.schemas.accounts import DashboardPrefs

templates = Jinja2Templates(directory=str(Path(__file__).resolve().parent.parent / "templates"))
router = APIRouter(prefix="/portal", tags=["portal"], include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str | None = None, error: int = 0, principal: Principal | None = Depends(optional_principal)):
    if principal is not None:
        return RedirectResponse("/portal/account", status_code=303)
    return templates.TemplateResponse(request, "portal/login.html", {"next": next or "", "error": bool(error)})


@router.get("/account", response_class=HTMLResponse)
def my_account(request: Request, principal: Principal = Depends(current_principal), session: Session = Depends(get_session)):
    if principal.account_id is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN)
    service = AccountService(session)
    account = service.get(principal.account_id)
    return templates.TemplateResponse(request, "portal/account.html", {"account": account, "meters": service.meters(account.id), "staff_view": False})


@router.get("/accounts/{account_number}", response_class=HTMLResponse)
def staff_account_view(request: Request, account_number: str, principal: Principal = Depends(current_principal), session: Session = Depends(get_session)):
    if not principal.is_staff:
        raise HTTPException(status.HTTP_403_FORBIDDEN)
    service = AccountService(session)
    try:
        account = service.get_by_number(account_number)
    except AccountNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND) from exc
    return templates.TemplateResponse(request, "portal/account.html", {"account": account, "meters": service.meters(account.id), "staff_view": True})


@router.get("/alerts", response_class=HTMLResponse)
def my_alerts(request: Request, principal: Principal = Depends(current_principal), session: Session = Depends(get_session)):
    if principal.account_id is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN)
    alerts = LeakService(session).for_account(principal.account_id)
    return templates.TemplateResponse(request, "portal/alerts.html", {"alerts": alerts})


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(
    request: Request,
    aq_dash: str | None = Cookie(None),
    principal: Principal = Depends(current_principal),
    session: Session = Depends(get_session),
    settings: Settings = Depends(settings_dep),
):
    if principal.account_id is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN)
    prefs = decode_prefs(aq_dash)
    accounts = AccountService(session)
    meters = accounts.meters(principal.account_id)
    end = datetime.now(tz=UTC)
    usage = []
    if meters:
        points = ReadingService(session, settings).consumption(meters[0]["id"], end - timedelta(days=prefs.days), end)
        usage = [{"day": p.day.date().isoformat(), "m3": float(p.used_m3)} for p in points]
    return templates.TemplateResponse(request, "portal/dashboard.html", {"prefs": prefs, "usage": usage, "meters": meters})


@router.post("/dashboard/prefs")
def save_dashboard_prefs(prefs: DashboardPrefs, _: Principal = Depends(current_principal)) -> RedirectResponse:
    response = RedirectResponse("/portal/dashboard", status_code=303)
    response.set_cookie(COOKIE_NAME, encode_prefs(prefs), httponly=True, secure=True, samesite="lax", max_age=365 * 86400)
    return response
