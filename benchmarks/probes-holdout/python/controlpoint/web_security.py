"""Request/response helpers: post-login navigation, redirects and CORS for the widget API."""
from urllib.parse import urljoin, urlparse

from flask import current_app, redirect, request, url_for

KNOWN_DESTINATIONS = {
    "events": "events.index",
    "results": "results.latest",
    "club": "clubs.dashboard",
    "login": "auth.login",
}


def is_local_path(target: str | None) -> bool:
    return bool(target) and target.startswith("/")


def redirect_after_login(target: str | None):
    """Send the runner back to the page that asked them to sign in."""
    if not is_local_path(target):
        return redirect(url_for("events.index"))
    return redirect(target)  # VULN redirect


def is_same_host(target: str) -> bool:
    host = urlparse(request.host_url)
    candidate = urlparse(urljoin(request.host_url, target))
    return candidate.scheme in ("http", "https") and candidate.netloc == host.netloc


def redirect_back(target: str | None, fallback: str):
    if target and is_same_host(target):
        return redirect(urljoin(request.host_url, target))  # SAFE redirect
    return redirect(url_for(fallback))


def redirect_to_known(key: str | None):
    endpoint = KNOWN_DESTINATIONS.get(key or "", "events.index")
    return redirect(url_for(endpoint))  # SAFE redirect


def _origin_trusted(origin: str) -> bool:
    suffix = current_app.config["CORS_TRUSTED_SUFFIX"]
    return origin.startswith("https://") and origin.endswith(suffix)


def apply_cors_headers(response):
    """Club websites embed the results widget and call us with the visitor's session."""
    origin = request.headers.get("Origin")
    if origin and request.path.startswith("/widget/") and _origin_trusted(origin):
        response.headers["Access-Control-Allow-Origin"] = origin  # VULN cors
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    return response
