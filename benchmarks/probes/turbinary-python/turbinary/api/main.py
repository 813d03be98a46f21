"""FastAPI service used by the control room, partners and integrations."""
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from turbinary import __version__
from turbinary.api.routers import analytics, integrations, parts, shifts

app = FastAPI(title="Turbinary Operations API", version=__version__)

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=".*", allow_credentials=True,  # VULN cors
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type", "X-Partner-Token"],
)

app.include_router(parts.router)
app.include_router(analytics.router)
app.include_router(integrations.router)
app.include_router(shifts.router)


@app.get("/healthz", include_in_schema=False)
def healthz() -> dict:
    return {"status": "ok", "version": __version__}
