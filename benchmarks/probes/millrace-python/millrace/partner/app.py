"""Starlette application for the partner API (tour operators, councils, till kiosks)."""
from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from millrace.partner import bookings, profile, schools
from millrace.partner.auth import refresh_token
from millrace.partner.cors import PartnerCORSMiddleware


async def health(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


v1_routes = [
    Route("/token/refresh", refresh_token, methods=["POST"]),
    Mount(
        "/bookings",
        routes=[
            Route("/", bookings.create_booking, methods=["POST"]),
            Route("/quote", bookings.quote, methods=["GET"]),
            Route("/manifest", bookings.upload_manifest, methods=["POST"]),
            Route("/coach-manifest", bookings.forward_coach_manifest, methods=["POST"]),
        ],
    ),
    Mount(
        "/availability",
        routes=[
            Route("/widget", bookings.availability_widget, methods=["GET"]),
            Route("/badge", bookings.availability_badge, methods=["GET"]),
            Route("/mine", bookings.my_week, methods=["GET"]),
        ],
    ),
    Route("/feeds/sync", bookings.sync_tour_feed, methods=["POST"]),
    Mount(
        "/profile",
        routes=[
            Route("/", profile.get_profile, methods=["GET"]),
            Route("/", profile.update_profile, methods=["PUT"]),
            Route("/logo", profile.upload_logo, methods=["POST"]),
            Route("/logo/refresh", profile.refresh_logo, methods=["POST"]),
        ],
    ),
    Route("/handoff", profile.handoff, methods=["GET"]),
    Route("/exports", profile.delete_export, methods=["DELETE"]),
    Route("/exports/{name}", profile.download_export, methods=["GET"]),
    Mount(
        "/schools",
        routes=[
            Route("/register", schools.upload_register, methods=["POST"]),
            Route("/lookup", schools.lookup, methods=["GET"]),
            Route("/term-dates", schools.term_dates, methods=["POST"]),
        ],
    ),
]

routes = [
    Route("/health", health),
    Mount("/v1", routes=v1_routes),
]

app = Starlette(routes=routes, middleware=[Middleware(PartnerCORSMiddleware)])
