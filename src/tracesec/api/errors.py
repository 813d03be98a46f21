"""One error envelope for every API response that is not a success:

    {"message": "<human readable>", "code": "<machine readable>", "extra": {...}}

`install_exception_handlers(api)` wires it into a NinjaAPI; other NinjaAPI instances (e.g. the
Forge-facing API) call it too. `ApiEnvelopeMiddleware` covers what happens outside ninja
(unknown URLs, method not allowed, oversized bodies, server errors).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from tracesec.common.errors import ApplicationError

logger = logging.getLogger(__name__)

_STATUS_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "body_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    500: "server_error",
}
_STATUS_MESSAGES = {
    400: "The request is not valid.",
    401: "Authentication is required.",
    403: "You are not allowed to do this.",
    404: "Not found.",
    405: "This method is not allowed here.",
    413: "The request body is too large.",
    500: "Something went wrong on our side. Try again later.",
}


def envelope(
    message: str, code: str, status: int, extra: dict[str, Any] | None = None
) -> JsonResponse:
    return JsonResponse({"message": message, "code": code, "extra": extra or {}}, status=status)


def envelope_for_status(status: int) -> JsonResponse:
    return envelope(
        _STATUS_MESSAGES.get(status, "The request failed."),
        _STATUS_CODES.get(status, "error"),
        status,
    )


def _validation_extra(errors: list[dict[str, Any]]) -> dict[str, Any]:
    # Keep location, type and message; drop `input`/`ctx`, which may echo what the client sent.
    fields = [
        {
            "loc": [str(part) for part in err.get("loc", ())],
            "type": str(err.get("type", "")),
            "msg": str(err.get("msg", "")),
        }
        for err in errors
    ]
    return {"errors": fields}


def install_exception_handlers(api: NinjaAPI) -> None:
    @api.exception_handler(ApplicationError)
    def _application_error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
        return envelope(exc.message, exc.code, exc.status_code, exc.extra)

    @api.exception_handler(ValidationError)
    def _validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        return envelope(
            "The request has invalid fields.",
            "validation_error",
            422,
            _validation_extra(list(exc.errors)),
        )

    @api.exception_handler(AuthenticationError)
    def _auth_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        if request.headers.get("Authorization"):
            return envelope("The API token is not valid or was revoked.", "invalid_token", 401)
        return envelope(
            "Authentication is required: send 'Authorization: Bearer <API token>'.",
            "not_authenticated",
            401,
        )

    @api.exception_handler(HttpError)
    def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        if exc.status_code == 400 and str(exc).startswith("Cannot parse request body"):
            return envelope("The request body is not valid JSON.", "malformed_json", 400)
        return envelope_for_status(exc.status_code)

    @api.exception_handler(Http404)
    def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return envelope_for_status(404)

    @api.exception_handler(RequestDataTooBig)
    def _too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return envelope_for_status(413)

    @api.exception_handler(Exception)
    def _unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        logger.error("api.unhandled_error", extra={"path": request.path}, exc_info=exc)
        return envelope_for_status(500)


def is_envelope(response: HttpResponse) -> bool:
    if not response.get("Content-Type", "").startswith("application/json"):
        return False
    try:
        body = json.loads(response.content)
    except ValueError:
        return False
    return isinstance(body, dict) and {"message", "code", "extra"} <= body.keys()
