"""Falcon WSGI application for the public booking API (book.tidepool.example)."""
from __future__ import annotations

import logging

import falcon

from tidepool.public_api.middleware import AuthMiddleware, CORSMiddleware
from tidepool.public_api.resources.account import LoginResource, LogoutResource, RegisterResource, ResetResource
from tidepool.public_api.resources.berths import BerthSearchResource, BerthWidgetResource, QuoteResource
from tidepool.public_api.resources.bookings import (
    BookingCollectionResource,
    BookingItemResource,
    BookingReceiptResource,
    PaymentReturnResource,
)
from tidepool.public_api.resources.notices import NoticeBoardResource
from tidepool.public_api.resources.documents import (
    CachedDocumentResource,
    CertificateImportResource,
    VesselDocumentsResource,
)

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")


def _handle_value_error(req, resp, ex, params):
    raise falcon.HTTPBadRequest(title="bad request", description=str(ex))


def create_app() -> falcon.App:
    app = falcon.App(middleware=[CORSMiddleware(), AuthMiddleware()], cors_enable=False)
    app.req_options.auto_parse_form_urlencoded = False
    app.add_error_handler(ValueError, _handle_value_error)

    app.add_route("/v1/berths/search", BerthSearchResource())
    app.add_route("/v1/berths/widget", BerthWidgetResource())
    app.add_route("/v1/quotes", QuoteResource())
    app.add_route("/v1/bookings", BookingCollectionResource())
    app.add_route("/v1/bookings/{booking_id:int}", BookingItemResource())
    app.add_route("/v1/bookings/{booking_id:int}/receipt", BookingReceiptResource())
    app.add_route("/v1/notices", NoticeBoardResource())
    app.add_route("/v1/payments/{payment_ref}/return", PaymentReturnResource())
    app.add_route("/v1/vessels/{vessel_id:int}/documents", VesselDocumentsResource())
    app.add_route("/v1/vessels/{vessel_id:int}/certificates", CertificateImportResource())
    app.add_route("/v1/documents/cached", CachedDocumentResource())
    app.add_route("/v1/account/register", RegisterResource())
    app.add_route("/v1/account/login", LoginResource())
    app.add_route("/v1/account/logout", LogoutResource())
    app.add_route("/v1/account/reset", ResetResource())
    return app


app = create_app()
