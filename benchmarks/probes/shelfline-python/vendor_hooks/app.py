"""Starlette microservice receiving e-book vendor webhooks.

Runs separately from the Django app (uvicorn vendor_hooks.app:app) so vendor
retries never queue behind staff traffic.
"""
import logging

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from . import handlers

log = logging.getLogger(__name__)


async def overdrive_webhook(request: Request):
    body = await request.body()
    try:
        result = handlers.handle_overdrive_event(body, request.headers.get("X-OverDrive-Signature"))
    except handlers.WebhookRejected as exc:
        return JSONResponse({"error": str(exc)}, status_code=401)
    return JSONResponse(result)


async def hoopla_webhook(request: Request):
    body = await request.body()
    try:
        result = handlers.handle_hoopla_event(body)
    except (KeyError, ValueError) as exc:
        log.warning("hoopla webhook rejected: %s", exc)
        return JSONResponse({"error": "malformed event"}, status_code=400)
    return JSONResponse(result)


async def health(request: Request):
    return JSONResponse({"status": "ok"})


middleware = [
    Middleware(CORSMiddleware, allow_origins=["https://admin.shelfline.org", "https://staff.shelfline.org"], allow_credentials=True, allow_methods=["GET", "POST"])  # SAFE cors
]

app = Starlette(
    routes=[
        Route("/hooks/overdrive", overdrive_webhook, methods=["POST"]),
        Route("/hooks/hoopla", hoopla_webhook, methods=["POST"]),
        Route("/healthz", health),
    ],
    middleware=middleware,
)
