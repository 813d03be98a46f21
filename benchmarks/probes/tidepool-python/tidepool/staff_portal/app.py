"""Sanic application for the harbour office staff portal (office.tidepool.example)."""
from __future__ import annotations

import logging

from sanic import Request, Sanic
from sanic.response import HTTPResponse, redirect

from tidepool.config import get_settings
from tidepool.staff_portal.auth import attach_identity, auth_bp
from tidepool.staff_portal.routes.bookings import bookings_bp
from tidepool.staff_portal.routes.harbour import harbour_bp
from tidepool.staff_portal.routes.imports import imports_bp
from tidepool.staff_portal.routes.reports import reports_bp

log = logging.getLogger(__name__)


def create_app() -> Sanic:
    settings = get_settings()
    app = Sanic("tidepool_staff")
    app.config.REQUEST_MAX_SIZE = 50 * 1024 * 1024
    app.config.FORWARDED_SECRET = None
    app.config.REAL_IP_HEADER = "X-Real-IP"
    app.static("/static", "/srv/tidepool/static", name="static")

    app.blueprint(auth_bp)
    app.blueprint(bookings_bp)
    app.blueprint(harbour_bp)
    app.blueprint(imports_bp)
    app.blueprint(reports_bp)

    @app.on_request
    async def identity(request: Request) -> None:
        await attach_identity(request)

    @app.on_response
    async def security_headers(request: Request, response: HTTPResponse) -> None:
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'")

    @app.get("/")
    async def root(request: Request) -> HTTPResponse:
        return redirect("/dashboard" if request.ctx.staff else "/login")

    if settings.debug:
        log.warning("staff portal running in debug mode")
    return app


app = create_app()
