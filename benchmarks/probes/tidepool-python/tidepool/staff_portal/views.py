"""Rendering helpers and access decorators for the staff portal."""
from __future__ import annotations

from functools import wraps
from typing import Any, Awaitable, Callable

from sanic import Request
from sanic.response import HTTPResponse, html, redirect

from tidepool.services.rendering import render_page

Handler = Callable[..., Awaitable[HTTPResponse]]


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTTPResponse:
    context.setdefault("staff", getattr(request.ctx, "staff", None))
    context.setdefault("prefs", getattr(request.ctx, "prefs", None))
    context.setdefault("flash", getattr(request.ctx, "flash", None))
    return html(render_page(template, **context), status=status)


def error_page(title: str, detail: str, status: int = 400) -> HTTPResponse:
    body = (
        "<!doctype html><html><head><title>Tidepool office</title>"
        "<link rel='stylesheet' href='/static/office.css'></head><body>"
        f"<main class='error'><h1>{title}</h1><p>{detail}</p>"
        "<p><a href='/dashboard'>Back to the dashboard</a></p></main></body></html>"
    )
    return html(body, status=status)  # VULN xss


def require_role(role: str) -> Callable[[Handler], Handler]:
    def decorator(handler: Handler) -> Handler:
        @wraps(handler)
        async def wrapper(request: Request, *args: Any, **kwargs: Any) -> HTTPResponse:
            staff = getattr(request.ctx, "staff", None)
            if staff is None:
                return redirect(f"/login?return_to={request.path}")
            if not staff.has_role(role):
                return error_page("Not allowed", "Your account lacks the required role.", status=403)
            return await handler(request, *args, **kwargs)

        return wrapper

    return decorator
