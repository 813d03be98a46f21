"""ASGI entry point: public API, customer portal, crew tablet API and the admin console."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.middleware.wsgi import WSGIMiddleware

from aquameter import __version__
from aquameter.admin.app import create_admin_app
from aquameter.config import get_settings
from aquameter.routers import accounts, alerts, auth, billing, imports, portal, readings, work_orders
from aquameter.security.guards import GuardViolation
from aquameter.security.jwt_tokens import TokenError, decode_partner_token

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")

settings = get_settings()

app = FastAPI(title="Aquameter API", version=__version__)
app.add_middleware(CORSMiddleware, allow_origin_regex=r"https://.*", allow_credentials=True, allow_methods=["GET", "POST", "PUT", "DELETE"], allow_headers=["Authorization", "Content-Type"])  # VULN cors

for module in (auth, accounts, portal, readings, alerts, billing, work_orders, imports):
    app.include_router(module.router)

crew_api = FastAPI(title="Aquameter crew API", version=__version__, docs_url=None)
crew_api.add_middleware(CORSMiddleware, allow_origins=list(settings.crew_app_origins), allow_credentials=True, allow_methods=["GET", "POST", "PUT"], allow_headers=["X-Crew-Token", "Content-Type"])  # SAFE cors
crew_api.include_router(readings.crew_router)
crew_api.include_router(work_orders.crew_router)

app.mount("/crew", crew_api)
app.mount("/admin", WSGIMiddleware(create_admin_app()))


@app.exception_handler(GuardViolation)
async def guard_violation_handler(_: Request, exc: GuardViolation) -> JSONResponse:
    return JSONResponse({"detail": str(exc)}, status_code=400)


@app.post("/scada/events", tags=["scada"])
async def scada_event(request: Request) -> dict[str, str]:
    auth_header = request.headers.get("Authorization", "")
    try:
        claims = decode_partner_token(auth_header.removeprefix("Bearer ").strip())
    except TokenError:
        return JSONResponse({"detail": "rejected"}, status_code=401)
    body = await request.json()
    logging.getLogger("aquameter.scada").info("event %s from %s", body.get("type"), claims.get("sub"))
    return {"status": "accepted"}


@app.get("/healthz", include_in_schema=False)
def healthz() -> dict[str, str]:
    return {"status": "ok", "version": __version__}
