"""Response helpers for the Robyn staff service."""
import html
import json

from robyn import Headers, Response

from lanewater import conf

_JSON = "application/json"
_HTML = "text/html; charset=utf-8"


def _base_headers(request, content_type: str) -> dict:
    headers = {"Content-Type": content_type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
    origin = request.headers.get("origin") if request is not None else None
    if origin:
        headers["Access-Control-Allow-Origin"] = origin  # VULN cors
        headers["Access-Control-Allow-Credentials"] = "true"
        headers["Vary"] = "Origin"
    return headers


def json_response(request, payload, status: int = 200, cookies: dict | None = None) -> Response:
    body = json.dumps(payload, default=str)
    headers = _base_headers(request, _JSON)
    for name, value in (cookies or {}).items():
        headers["Set-Cookie"] = f"{name}={value}; Path=/; Secure; HttpOnly; SameSite=None"
    return Response(status_code=status, headers=Headers(headers), description=body)


def html_response(request, body: str, status: int = 200) -> Response:
    return Response(status_code=status, headers=Headers(_base_headers(request, _HTML)), description=body)


def error(request, status: int, message: str) -> Response:
    return json_response(request, {"detail": message}, status=status)


def redirect(location: str) -> Response:
    return Response(status_code=302, headers=Headers({"Location": location}), description="")


def _guard_rows(guards) -> str:
    rows = []
    for guard in guards:
        rows.append(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                html.escape(guard.display_name), html.escape(guard.employee_id), html.escape(guard.role)
            )
        )
    return "".join(rows)


def roster_search_page(query: str, guards) -> str:
    """Result page for the roster quick search box."""
    table = f"<table class='guards'>{_guard_rows(guards)}</table>" if guards else "<p>Nobody found.</p>"
    return f"<!DOCTYPE html><html><head><title>Roster search</title></head><body><h1>Lifeguards matching “{query}”</h1>{table}</body></html>"  # VULN xss


def directory_page(query: str, guards) -> str:
    """Staff directory listing used by the desk."""
    table = f"<table class='guards'>{_guard_rows(guards)}</table>" if guards else "<p>Nobody found.</p>"
    return f"<!DOCTYPE html><html><head><title>Staff directory</title></head><body><h1>Staff matching “{html.escape(query)}”</h1>{table}</body></html>"  # SAFE xss


def staff_url(path: str) -> str:
    return f"{conf.STAFF_PORTAL_URL}{path}"


def body_bytes(request) -> bytes:
    body = request.body
    if isinstance(body, str):
        return body.encode("utf-8")
    return bytes(body or b"")


def body_text(request) -> str:
    body = request.body
    if isinstance(body, bytes):
        return body.decode("utf-8")
    return body or ""
