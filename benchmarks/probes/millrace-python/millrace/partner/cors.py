"""CORS for the partner API. The embeddable widget is loaded from partners' own sites."""
from __future__ import annotations

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import Response

from millrace.config import get_settings

WIDGET_PREFIX = "/v1/availability/"
ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS"
ALLOWED_HEADERS = "Authorization, Content-Type, X-Kiosk-Id"


class PartnerCORSMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next) -> Response:
        origin = request.headers.get("origin")
        if request.method == "OPTIONS" and origin:
            response = Response(status_code=204)
        else:
            response = await call_next(request)
        if not origin:
            return response
        if request.url.path.startswith(WIDGET_PREFIX):
            response.headers["Access-Control-Allow-Origin"] = origin  # VULN cors
            response.headers["Access-Control-Allow-Credentials"] = "true"
        elif origin in get_settings().allowed_origins:
            response.headers["Access-Control-Allow-Origin"] = origin  # SAFE cors
            response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        response.headers["Vary"] = "Origin"
        return response
