"""Webhooks and external registry checks."""
from __future__ import annotations

import httpx
from fastapi import APIRouter, Depends, HTTPException, status
from fastapi import Path as PathParam
from sqlalchemy.orm import Session

from pawchart.config import Settings, get_settings
from pawchart.db import get_session
from pawchart.deps import CurrentUser, get_current_user, require_admin
from pawchart.models.schemas import LicenseCheck, WebhookCreate, WebhookOut
from pawchart.services.registry_client import RegistryClient
from pawchart.services.webhook_service import WebhookNotFound, WebhookService

router = APIRouter(prefix="/integrations", tags=["integrations"])


@router.get("/webhooks", response_model=list[WebhookOut])
def list_webhooks(
    admin: CurrentUser = Depends(require_admin),
    session: Session = Depends(get_session),
):
    return WebhookService(session).list(admin.clinic_id)


@router.post("/webhooks", response_model=WebhookOut, status_code=201)
def register_webhook(
    body: WebhookCreate,
    admin: CurrentUser = Depends(require_admin),
    session: Session = Depends(get_session),
):
    return WebhookService(session).register(admin.clinic_id, body)


@router.post("/webhooks/{webhook_id}/test", status_code=202)
def test_webhook(
    webhook_id: int = PathParam(..., ge=1),
    admin: CurrentUser = Depends(require_admin),
    session: Session = Depends(get_session),
) -> dict[str, bool]:
    try:
        WebhookService(session).send_test(admin.clinic_id, webhook_id)
    except WebhookNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "webhook not found") from exc
    return {"queued": True}


@router.delete("/webhooks/{webhook_id}", status_code=204)
def disable_webhook(
    webhook_id: int = PathParam(..., ge=1),
    admin: CurrentUser = Depends(require_admin),
    session: Session = Depends(get_session),
) -> None:
    try:
        WebhookService(session).disable(admin.clinic_id, webhook_id)
    except WebhookNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "webhook not found") from exc


@router.post("/registry/verify")
def verify_licence(
    body: LicenseCheck,
    user: CurrentUser = Depends(get_current_user),
    settings: Settings = Depends(get_settings),
) -> dict:
    client = RegistryClient(settings)
    try:
        return client.verify_licence(body.license_no)
    except httpx.HTTPError as exc:
        raise HTTPException(status.HTTP_502_BAD_GATEWAY, "registry unavailable") from exc
    finally:
        client.close()
