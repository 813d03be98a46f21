"""Sign-in, sign-out, invitations, password resets and profiles."""
from bottle import HTTPError, redirect, request, response

from brightwell.config import settings
from brightwell.repositories import gardener_repo
from brightwell.security.urls import is_safe_return_path
from brightwell.services import account_service
from brightwell.tasks.jobs import send_password_reset
from brightwell.web import session
from brightwell.web.base import app, login_required, page

COOKIE_OPTS = {"httponly": True, "secure": True, "samesite": "Lax", "path": "/"}


@app.get("/login")
def login_form():
    return page("site/login", next_url=request.query.get("next", "/"), error=None)


@app.post("/login")
def login_submit():
    username = request.forms.get("username", "").strip()
    password = request.forms.get("password", "")
    next_url = request.forms.get("next") or "/"
    gardener = account_service.authenticate(username, password)
    if gardener is None:
        return page("site/login", next_url=next_url, error="Unknown username or password")
    response.set_cookie(session.SESSION_COOKIE, session.dump_session(gardener.id),
                        max_age=session.SESSION_TTL, **COOKIE_OPTS)
    if not next_url.startswith("/"):
        next_url = "/"
    redirect(next_url)  # VULN redirect


@app.get("/logout")
def logout():
    response.delete_cookie(session.SESSION_COOKIE, path="/")
    target = request.query.get("return_to", "/")
    if not is_safe_return_path(target):
        target = "/"
    redirect(target)  # SAFE redirect


@app.post("/account/reset")
def request_reset():
    email = request.forms.get("email", "").strip()
    token = account_service.start_password_reset(email)
    if token:
        gardener = gardener_repo.by_email(email)
        send_password_reset(gardener.id, token)
    return page("site/message", title="Check your inbox",
                message="If that address belongs to an account we've sent a reset link.")


@app.get("/join/<code>")
def join_form(code):
    invitation = gardener_repo.find_invitation(code)
    if invitation is None:
        raise HTTPError(404, "Invitation not found")
    return page("site/join", invitation=invitation, error=None)


@app.post("/join/<code>")
def join_submit(code):
    try:
        gardener = account_service.accept_invitation(
            code,
            request.forms.get("username", "").strip(),
            request.forms.get("password", ""),
            request.forms.get("display_name", "").strip(),
        )
    except account_service.AccountError as exc:
        return page("site/message", title="Could not join", message=str(exc))
    response.set_cookie(session.SESSION_COOKIE, session.dump_session(gardener.id),
                        max_age=session.SESSION_TTL, **COOKIE_OPTS)
    redirect("/plots")


@app.get("/account/profile")
@login_required
def profile_form():
    return page("site/profile_edit", gardener=request.environ["brightwell.gardener"], error=None)


@app.post("/account/profile")
@login_required
def profile_submit():
    gardener = request.environ["brightwell.gardener"]
    try:
        account_service.update_profile(
            gardener,
            request.forms.getunicode("display_name", ""),
            request.forms.getunicode("bio", ""),
            request.forms.getunicode("website", ""),
        )
    except account_service.AccountError as exc:
        return page("site/profile_edit", gardener=gardener, error=str(exc))
    redirect(f"/gardeners/{gardener.username}")


@app.get("/gardeners/<username>")
def public_profile(username):
    gardener = gardener_repo.by_username(username)
    if gardener is None:
        raise HTTPError(404, "No such gardener")
    return page("site/profile", gardener=gardener, listings=list(gardener.listings))


@app.post("/preferences")
def save_preferences():
    prefs = session.Preferences(
        units="imperial" if request.forms.get("units") == "imperial" else "metric",
        theme="dark" if request.forms.get("theme") == "dark" else "light",
        default_site=request.forms.get("default_site") or None,
        show_waitlisted=request.forms.get("show_waitlisted") == "on",
    )
    response.set_cookie(session.PREFS_COOKIE, session.dump_preferences(prefs),
                        max_age=365 * 24 * 3600, path="/", secure=True)
    redirect(settings.public_base_url + "/plots")
