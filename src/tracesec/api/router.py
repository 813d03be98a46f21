"""The REST API at `/api/v1/` (OpenAPI docs at `/api/v1/docs`).

Later apps add endpoints with one line each: `api.add_router("/", their_router)`.
"""

from __future__ import annotations

from ninja import NinjaAPI

from tracesec.api.auth import ApiTokenAuth
from tracesec.api.errors import install_exception_handlers
from tracesec.api.organizations import router as organizations_router
from tracesec.findings.apis import router as findings_router
from tracesec.repositories.apis import router as repositories_router
from tracesec.scans.apis import router as scans_router

api = NinjaAPI(
    title="Trace API",
    version="1",
    description=(
        "Authenticate with `Authorization: Bearer <token>` (create tokens under Settings → "
        "API tokens). Errors use one envelope: `{message, code, extra}`."
    ),
    auth=ApiTokenAuth(),
    urls_namespace="api",
    docs_url="/docs",
)
install_exception_handlers(api)
api.add_router("/", organizations_router)
api.add_router("/", repositories_router)
api.add_router("/", scans_router)
api.add_router("/", findings_router)
