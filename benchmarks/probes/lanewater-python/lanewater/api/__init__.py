"""The public Django Ninja API."""
from ninja import NinjaAPI

from lanewater.api import accounts, bookings, classes, documents, payments, reports
from lanewater.services.account_service import AccountError
from lanewater.services.booking_service import BookingError
from lanewater.services.class_service import ClassError
from lanewater.services.report_service import ReportError

api = NinjaAPI(title="Lanewater public API", version="2.4", urls_namespace="lanewater-v2")

api.add_router("/accounts", accounts.router)
api.add_router("/bookings", bookings.router)
api.add_router("/payments", payments.router)
api.add_router("/classes", classes.router)
api.add_router("/reports", reports.router)
api.add_router("/documents", documents.router)


def _domain_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=getattr(exc, "status", 400))


for _error in (AccountError, BookingError, ClassError, ReportError):
    api.add_exception_handler(_error, _domain_error)
