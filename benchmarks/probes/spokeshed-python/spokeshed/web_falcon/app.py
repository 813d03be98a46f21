"""Falcon ASGI application for the workshop floor and the public booking widget."""
from __future__ import annotations

from functools import cached_property

import falcon
import falcon.asgi

from spokeshed import db
from spokeshed.domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from spokeshed.repositories.bookings import BookingRepository
from spokeshed.repositories.volunteers import VolunteerRepository
from spokeshed.services.bookings import BookingService
from spokeshed.services.directory import MemberDirectory
from spokeshed.services.parts import PartsService
from spokeshed.services.photos import PhotoStore
from spokeshed.services.volunteers import VolunteerService
from spokeshed.web_falcon.middleware import CORSMiddleware, LifecycleMiddleware, SessionMiddleware
from spokeshed.web_falcon.resources import auth, bookings, parts, photos


class Container:
    """Lazily built services; the pool exists only after startup."""

    @cached_property
    def booking_repo(self) -> BookingRepository:
        return BookingRepository(db.pool())

    @cached_property
    def bookings(self) -> BookingService:
        return BookingService(self.booking_repo)

    @cached_property
    def parts(self) -> PartsService:
        return PartsService()

    @cached_property
    def photos(self) -> PhotoStore:
        return PhotoStore()

    @cached_property
    def directory(self) -> MemberDirectory:
        return MemberDirectory()

    @cached_property
    def volunteers(self) -> VolunteerService:
        return VolunteerService(VolunteerRepository(db.pool()))


async def _not_found(req, resp, ex, params):
    raise falcon.HTTPNotFound(description=str(ex))


async def _invalid(req, resp, ex, params):
    raise falcon.HTTPBadRequest(title="Invalid request", description=str(ex))


async def _conflict(req, resp, ex, params):
    raise falcon.HTTPConflict(description=str(ex))


async def _forbidden(req, resp, ex, params):
    raise falcon.HTTPForbidden(description=str(ex))


class Health:
    public = True

    async def on_get(self, req, resp):
        resp.media = {"ok": True}


def create_app() -> falcon.asgi.App:
    c = Container()
    app = falcon.asgi.App(middleware=[LifecycleMiddleware(), CORSMiddleware(), SessionMiddleware()])
    app.add_route("/health", Health())
    app.add_route("/login", auth.LoginResource(c))
    app.add_route("/logout", auth.LogoutResource())
    app.add_route("/kiosk/login", auth.KioskLoginResource(c))
    app.add_route("/slots", bookings.SlotsResource(c))
    app.add_route("/bookings", bookings.BookingsResource(c))
    app.add_route("/bookings/new", bookings.NewBookingResource(c))
    app.add_route("/bookings/lookup", bookings.LookupResource(c))
    app.add_route("/bookings/{booking_id:int}", bookings.BookingDetailResource(c))
    app.add_route("/bookings/{booking_id:int}/notes", bookings.BookingNotesResource(c))
    app.add_route("/bookings/{booking_id:int}/status", bookings.BookingStatusResource(c))
    app.add_route("/bookings/{booking_id:int}/photos", photos.BookingPhotosResource(c))
    app.add_route("/bookings/{booking_id:int}/photos/kiosk", photos.KioskCaptureResource(c))
    app.add_route("/bookings/{booking_id:int}/photos/import", photos.PhotoImportResource(c))
    app.add_route("/photos", photos.PhotoResource(c))
    app.add_route("/photos/thumb", photos.ThumbnailResource(c))
    app.add_route("/parts", parts.PartsResource(c))
    app.add_route("/parts/low", parts.LowStockResource(c))
    app.add_route("/parts/movements", parts.StockMovementResource(c))
    app.add_route("/parts/{sku}/label", parts.LabelResource(c))
    app.add_route("/parts/{sku}/alternative", parts.AlternativeResource(c))
    app.add_error_handler(NotFound, _not_found)
    app.add_error_handler(InvalidInput, _invalid)
    app.add_error_handler(Conflict, _conflict)
    app.add_error_handler(Forbidden, _forbidden)
    return app


app = create_app()
