"""Leak alerts: customer reports, dashboard badges and notification subscriptions."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from aquameter.db import get_session
from aquameter.deps import Principal, current_principal, require_staff
from aquameter.presenters import alert_badge, meter_status_chip
from aquameter.repositories.readings import meter_by_serial
from aquameter.schemas.field import SERIAL_PATTERN, LeakAlertOut, LeakReport, WebhookSubscriptionIn
from aquameter.services.leaks import AlertNotFound, LeakService
from aquameter.worker import actors

router = APIRouter(prefix="/alerts", tags=["alerts"])


@router.post("", status_code=201)
def report_leak(report: LeakReport, principal: Principal = Depends(current_principal), session: Session = Depends(get_session)) -> dict[str, int]:
    alert_id = LeakService(session).report(report, principal.subject)
    return {"id": alert_id}


@router.get("/{alert_id}", response_model=LeakAlertOut)
def get_alert(alert_id: int, _: Principal = Depends(require_staff), session: Session = Depends(get_session)) -> LeakAlertOut:
    try:
        return LeakService(session).get(alert_id)
    except AlertNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND) from exc


@router.get("/{alert_id}/badge", response_class=HTMLResponse)
def alert_badge_fragment(alert_id: int, _: Principal = Depends(require_staff), session: Session = Depends(get_session)) -> HTMLResponse:
    try:
        alert = LeakService(session).get(alert_id)
    except AlertNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND) from exc
    return alert_badge(alert)


@router.get("/meters/{serial}/chip", response_class=HTMLResponse)
def meter_chip(serial: str, _: Principal = Depends(require_staff), session: Session = Depends(get_session)) -> HTMLResponse:
    meter = meter_by_serial(session, serial)
    if meter is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return meter_status_chip(meter["serial"], meter["status"])


@router.post("/{alert_id}/resolve", status_code=204)
def resolve_alert(alert_id: int, _: Principal = Depends(require_staff), session: Session = Depends(get_session)) -> None:
    LeakService(session).resolve(alert_id)


@router.post("/{alert_id}/redeliver", status_code=202)
def redeliver_alert(alert_id: int, _: Principal = Depends(require_staff)) -> dict[str, str]:
    actors.dispatch_leak_alert.send(alert_id)
    return {"status": "queued"}


@router.post("/subscriptions", status_code=201)
def subscribe(body: WebhookSubscriptionIn, principal: Principal = Depends(current_principal), session: Session = Depends(get_session)) -> dict[str, int]:
    if principal.account_id is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "subscriptions belong to an account")
    return {"id": LeakService(session).subscribe(principal.account_id, body)}
