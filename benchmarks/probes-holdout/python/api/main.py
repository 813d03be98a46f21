"""ASGI entry point: ``uvicorn api.main:app``."""
import logging

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import entries, live, tracks

logging.basicConfig(level=logging.INFO)

ALLOWED_ORIGINS = [
    "https://controlpoint.org",
    "https://app.controlpoint.org",
    "capacitor://localhost",
]

app = FastAPI(title="Controlpoint Live", version="2.3.0")
app.add_middleware(CORSMiddleware, allow_origins=ALLOWED_ORIGINS, allow_credentials=True, allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type", "X-Device-Token"])  # SAFE cors

app.include_router(live.router)
app.include_router(entries.router)
app.include_router(tracks.router)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}
