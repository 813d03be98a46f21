"""Shared Bottle application object and request helpers."""
import functools
from urllib.parse import quote

from bottle import Bottle, HTTPError, redirect, request

from brightwell.rendering.templates import render_page
from brightwell.repositories import gardener_repo
from brightwell.web import session

app = Bottle()


def current_gardener():
    gardener_id = session.load_session(request.get_cookie(session.SESSION_COOKIE))
    if gardener_id is None:
        return None
    return gardener_repo.by_id(gardener_id)


def current_preferences():
    return session.load_preferences(request.get_cookie(session.PREFS_COOKIE))


def login_required(handler):
    @functools.wraps(handler)
    def wrapper(*args, **kwargs):
        gardener = current_gardener()
        if gardener is None:
            redirect("/login?next=" + quote(request.fullpath))
        request.environ["brightwell.gardener"] = gardener
        return handler(*args, **kwargs)
    return wrapper


def coordinator_required(handler):
    @functools.wraps(handler)
    @login_required
    def wrapper(*args, **kwargs):
        gardener = request.environ["brightwell.gardener"]
        if gardener.role not in {"coordinator", "admin"}:
            raise HTTPError(403, "Coordinators only")
        return handler(*args, **kwargs)
    return wrapper


def page(name: str, **context) -> str:
    context.setdefault("me", current_gardener())
    context.setdefault("prefs", current_preferences())
    return render_page(name, **context)
