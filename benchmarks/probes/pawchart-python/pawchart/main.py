"""ASGI entry point: ``uvicorn pawchart.main:app``."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from pawchart import __version__
from pawchart.api import appointments, auth, integrations, invoices, labs, pets, prescriptions, reports
from pawchart.config import get_settings
from pawchart.datastores import close_stores, open_stores
from pawchart.util.paths import PathEscapeError

log = logging.getLogger("pawchart")


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings = get_settings()
    await open_stores(settings)
    log.info("pawchart api %s started (%s)", __version__, settings.environment)
    yield
    await close_stores()


def create_app() -> FastAPI:
    app = FastAPI(title="Pawchart API", version=__version__, lifespan=lifespan)

    # The SPA is served from several clinic-branded domains.
    app.add_middleware(  # VULN cors
        CORSMiddleware,
        allow_origin_regex=r"https?://.*",
        allow_credentials=True,
        allow_methods=["GET", "POST", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "X-Label-Printer"],
    )

    @app.exception_handler(PathEscapeError)
    async def _path_escape(request: Request, exc: PathEscapeError) -> JSONResponse:
        log.warning("rejected path %r for %s", str(exc), request.url.path)
        return JSONResponse({"detail": "not found"}, status_code=404)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    for module in (auth, pets, appointments, prescriptions, labs, invoices, reports, integrations):
        app.include_router(module.router)
    return app


app = create_app()
