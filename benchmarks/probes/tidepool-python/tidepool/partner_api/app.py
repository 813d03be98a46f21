"""Litestar application for charter companies and booking agents (partners.tidepool.example)."""
from __future__ import annotations

from litestar import Litestar, Request, Response
from litestar.config.cors import CORSConfig
from litestar.di import Provide
from litestar.exceptions import HTTPException

from tidepool.config import get_settings
from tidepool.domain.dto import ValidationError
from tidepool.partner_api.controllers.availability import AvailabilityController
from tidepool.partner_api.controllers.bookings import PartnerBookingController
from tidepool.partner_api.controllers.integrations import IntegrationController
from tidepool.partner_api.guards import provide_partner


def _validation_error(request: Request, exc: ValidationError) -> Response:
    return Response({"field": exc.field_name, "error": exc.message}, status_code=422)


def _lookup_error(request: Request, exc: LookupError) -> Response:
    return Response({"error": str(exc)}, status_code=404)


def create_app() -> Litestar:
    settings = get_settings()
    cors = CORSConfig(allow_origins=settings.partner_origins, allow_credentials=True, allow_methods=["GET", "POST", "PATCH"], allow_headers=["Authorization", "Content-Type", "X-Tidepool-Delegation"])  # SAFE cors
    return Litestar(
        route_handlers=[AvailabilityController, PartnerBookingController, IntegrationController],
        dependencies={"partner": Provide(provide_partner)},
        cors_config=cors,
        exception_handlers={ValidationError: _validation_error, LookupError: _lookup_error},
        debug=settings.debug,
    )


app = create_app()

__all__ = ["app", "create_app", "HTTPException"]
