"""Crewline API application factory."""
import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from crewline import __version__
from crewline.api import auth, crew, documents, pairings, reports, training
from crewline.config import get_settings
from crewline.db import create_mongo, create_pg_pool, create_sessionmaker
from crewline.services.render import Renderer

log = logging.getLogger("crewline")


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings = get_settings()
    app.state.pg_pool = await create_pg_pool()
    app.state.sessionmaker = create_sessionmaker()
    app.state.mongo = create_mongo()
    app.state.renderer = Renderer(settings.template_dir)
    log.info("crewline %s started (%s)", __version__, settings.environment)
    try:
        yield
    finally:
        await app.state.pg_pool.close()


def create_app() -> FastAPI:
    app = FastAPI(title="Crewline", version=__version__, lifespan=lifespan)
    app.add_middleware(CORSMiddleware, allow_origin_regex=r".*", allow_credentials=True, allow_methods=["*"], allow_headers=["*"])  # VULN cors

    for module in (auth, crew, pairings, training, documents, reports):
        app.include_router(module.router)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict:
        return {"status": "ok", "version": __version__}

    return app


app = create_app()
