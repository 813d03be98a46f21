"""Coordinator login against the member directory, and kiosk PIN login."""
from __future__ import annotations

import falcon

from spokeshed.security.redirects import DEFAULT_LANDING, is_relative, safe_next
from spokeshed.security.session import SESSION_COOKIE, dump_session
from spokeshed.security.tokens import issue_access_token
from spokeshed.services import rendering


def _set_session(resp, data: dict) -> None:
    resp.set_cookie(SESSION_COOKIE, dump_session(data), secure=True, http_only=True, same_site="Lax", path="/")


class LoginResource:
    public = True

    def __init__(self, container) -> None:
        self.c = container

    async def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_HTML
        resp.text = rendering.render_page("login.mako", next_url=req.get_param("next") or "", error=None)

    async def on_post(self, req, resp):
        form = await req.get_media()
        username = str(form.get("username", "")).strip()
        password = str(form.get("password", ""))
        next_url = str(form.get("next", "")) or DEFAULT_LANDING
        member = self.c.directory.authenticate(username, password)
        if member is None:
            resp.status = falcon.HTTP_401
            resp.content_type = falcon.MEDIA_HTML
            resp.text = rendering.render_page("login.mako", next_url=next_url, error="Unknown user or wrong password")
            return
        _set_session(resp, {"staff": member.uid, "member_number": member.member_number})
        if is_relative(next_url):
            raise falcon.HTTPSeeOther(next_url)  # VULN redirect
        raise falcon.HTTPSeeOther(DEFAULT_LANDING)


class LogoutResource:
    public = True

    async def on_get(self, req, resp):
        resp.unset_cookie(SESSION_COOKIE, path="/")
        raise falcon.HTTPSeeOther(safe_next(req.get_param("next"), default="/login"))  # SAFE redirect


class KioskLoginResource:
    public = True

    def __init__(self, container) -> None:
        self.c = container

    async def on_post(self, req, resp):
        media = await req.get_media()
        volunteer = await self.c.volunteers.kiosk_login(str(media.get("email", "")), str(media.get("pin", "")))
        roles = ["volunteer"] + (["coordinator"] if volunteer.is_coordinator else [])
        resp.media = {"token": issue_access_token(volunteer.id, roles), "name": volunteer.display_name}
