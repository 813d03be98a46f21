"""Litestar application for coordinators and volunteers (the back office)."""
from __future__ import annotations

from litestar import Litestar, MediaType, Request, Response
from litestar.config.cors import CORSConfig
from litestar.di import Provide

from spokeshed import db
from spokeshed.config import get_settings
from spokeshed.domain.errors import Conflict, Forbidden, InvalidInput, NotFound, SpokeshedError
from spokeshed.repositories.rota import RotaRepository
from spokeshed.repositories.settings import SettingsRepository
from spokeshed.repositories.volunteers import VolunteerRepository
from spokeshed.services.pricing import PricingService
from spokeshed.services.rota import RotaService
from spokeshed.services.volunteers import VolunteerService
from spokeshed.services.webhooks import CalendarNotifier
from spokeshed.web_litestar.controllers.admin import AdminController
from spokeshed.web_litestar.controllers.rota import RotaController
from spokeshed.web_litestar.controllers.suppliers import SupplierController
from spokeshed.web_litestar.controllers.volunteers import VolunteerController

_STATUS = {NotFound: 404, InvalidInput: 400, Conflict: 409, Forbidden: 403}


def domain_error_handler(request: Request, exc: SpokeshedError) -> Response:
    status = _STATUS.get(type(exc), 400)
    return Response(content={"error": str(exc)}, status_code=status, media_type=MediaType.JSON)


def provide_rota_service() -> RotaService:
    return RotaService(RotaRepository(db.pool()))


def provide_volunteer_service() -> VolunteerService:
    return VolunteerService(VolunteerRepository(db.pool()))


def provide_settings_repo() -> SettingsRepository:
    return SettingsRepository()


def provide_pricing() -> PricingService:
    return PricingService()


def provide_notifier() -> CalendarNotifier:
    return CalendarNotifier()


async def _startup() -> None:
    await db.init_pool()


async def _shutdown() -> None:
    await db.close_pool()


def create_app() -> Litestar:
    settings = get_settings()
    cors = CORSConfig(allow_origins=list(settings.backoffice_origins), allow_credentials=True, allow_methods=["GET", "POST", "PUT", "DELETE"])  # SAFE cors
    return Litestar(
        route_handlers=[RotaController, VolunteerController, SupplierController, AdminController],
        dependencies={
            "rota_service": Provide(provide_rota_service, sync_to_thread=False),
            "volunteer_service": Provide(provide_volunteer_service, sync_to_thread=False),
            "settings_repo": Provide(provide_settings_repo, sync_to_thread=False),
            "pricing": Provide(provide_pricing, sync_to_thread=False),
            "notifier": Provide(provide_notifier, sync_to_thread=False),
        },
        exception_handlers={SpokeshedError: domain_error_handler},
        cors_config=cors,
        on_startup=[_startup],
        on_shutdown=[_shutdown],
    )


app = create_app()
