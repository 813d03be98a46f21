"""Keeps API errors in the envelope even when they happen outside ninja."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from tracesec.api.errors import envelope_for_status, is_envelope

API_PREFIXES = ("/api/",)


class ApiEnvelopeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIXES):
            return self.get_response(request)
        # Refuse oversized bodies before anything reads them.
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return envelope_for_status(400)
        if length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
            return envelope_for_status(413)
        response = self.get_response(request)
        if response.status_code >= 400 and not is_envelope(response):
            return envelope_for_status(response.status_code)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if request.path.startswith(API_PREFIXES):
            return envelope_for_status(500)
        return None
