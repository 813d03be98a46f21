"""Falcon ASGI middleware: sessions, kiosk bench state, CORS and lifecycle."""
from __future__ import annotations

import falcon

from spokeshed import db
from spokeshed.security.session import BENCH_COOKIE, SESSION_COOKIE, load_bench_state, load_session

PUBLIC_PREFIXES = ("/bookings/new", "/bookings/lookup", "/slots", "/login", "/logout", "/kiosk", "/health")


class LifecycleMiddleware:
    async def process_startup(self, scope, event) -> None:
        await db.init_pool()

    async def process_shutdown(self, scope, event) -> None:
        await db.close_pool()


class SessionMiddleware:
    async def process_request(self, req: falcon.asgi.Request, resp: falcon.asgi.Response) -> None:
        req.context.session = load_session(req.cookies.get(SESSION_COOKIE))
        req.context.bench = load_bench_state(req.cookies.get(BENCH_COOKIE))
        req.context.staff = req.context.session.get("staff")

    async def process_resource(self, req, resp, resource, params) -> None:
        if getattr(resource, "public", False) or req.path.startswith(PUBLIC_PREFIXES):
            return
        if not req.context.staff:
            raise falcon.HTTPSeeOther(f"/login?next={falcon.uri.encode_value(req.relative_uri)}")


class CORSMiddleware:
    """The bookings widget is embedded on partner sites (libraries, the council cycling page)."""

    async def process_request(self, req, resp) -> None:
        if req.method == "OPTIONS":
            resp.complete = True

    async def process_response(self, req, resp, resource, req_succeeded) -> None:
        origin = req.get_header("Origin")
        if not origin:
            return
        resp.set_header("Access-Control-Allow-Origin", origin)  # VULN cors
        resp.set_header("Access-Control-Allow-Credentials", "true")
        resp.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        resp.set_header("Access-Control-Allow-Headers", "Content-Type, Authorization")
        resp.set_header("Vary", "Origin")
