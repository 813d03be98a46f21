"""Partner integrations: webhooks, OAuth, firmware and bulk imports."""
from fastapi import APIRouter, Depends, File, Form, HTTPException, Path, Query, UploadFile
from fastapi.responses import RedirectResponse

from turbinary.api.deps import current_supervisor, partner_identity
from turbinary.api.schemas import WebhookSubscriptionIn
from turbinary.jobs import imports_queue
from turbinary.jobs.import_jobs import import_maintenance_plan, import_parts_catalog
from turbinary.services import firmware, notifier, partner_tokens
from turbinary.services.archives import extract_log_archive
from turbinary.utils.redirects import safe_return_path

router = APIRouter(prefix="/integrations", tags=["integrations"])


@router.post("/webhooks/test")
def test_webhook(body: WebhookSubscriptionIn, partner: dict = Depends(partner_identity)) -> dict:
    sub = notifier.Subscription(callback_url=body.callback_url, events=body.events, partner_id=partner["sub"])
    return notifier.send_test_event(sub)


@router.get("/oauth/callback")
def oauth_callback(code: str = Query(..., min_length=16), return_to: str | None = Query(None)) -> RedirectResponse:
    return RedirectResponse(safe_return_path(return_to, fallback="/portal/integrations"), status_code=303)  # SAFE redirect


@router.post("/firmware")
async def upload_firmware(bundle: UploadFile = File(...), version: str = Form(..., pattern=r"^\d+\.\d+\.\d+$"), _: dict = Depends(current_supervisor)) -> dict:
    try:
        return firmware.unpack_bundle(bundle.file, version)
    except firmware.BundleError as exc:
        raise HTTPException(422, str(exc))


@router.post("/scada-logs/{turbine_id}")
async def upload_scada_logs(turbine_id: int = Path(..., gt=0), archive: UploadFile = File(...)) -> dict:
    return {"turbine_id": turbine_id, "files": [p.name for p in extract_log_archive(archive.file, turbine_id)]}


@router.post("/maintenance-plans", status_code=202)
async def upload_maintenance_plan(plan: UploadFile = File(...), site: str = Form(...), _: dict = Depends(current_supervisor)) -> dict:
    job = imports_queue.enqueue(import_maintenance_plan, await plan.read(), site)
    return {"job_id": job.id}


@router.post("/parts-catalog", status_code=202)
async def upload_parts_catalog(catalog: UploadFile = File(...), _: dict = Depends(current_supervisor)) -> dict:
    job = imports_queue.enqueue(import_parts_catalog, await catalog.read())
    return {"job_id": job.id}


@router.post("/partners/{partner_id}/gateway-token")
def partner_gateway_token(partner_id: str = Path(..., pattern=r"^[a-z0-9-]{3,40}$"), _: dict = Depends(current_supervisor)) -> dict:
    return {"partner_id": partner_id, "token": partner_tokens.issue_gateway_token(partner_id)}
