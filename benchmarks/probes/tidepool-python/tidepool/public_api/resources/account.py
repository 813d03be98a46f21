"""Owner accounts: registration, login (API and browser form), logout, password reset."""
from __future__ import annotations

import falcon

from tidepool.security.passwords import WeakPasswordError
from tidepool.security.redirects import safe_next
from tidepool.security.tokens import ACCESS_TOKEN_TTL
from tidepool.services import account_service
from tidepool.services.account_service import AuthError


def _form_or_json(req: falcon.Request) -> dict:
    if req.content_type and req.content_type.startswith("application/x-www-form-urlencoded"):
        return {k: v for k, v in req.get_media().items()}
    return req.get_media() or {}


class RegisterResource:
    def on_post(self, req: falcon.Request, resp: falcon.Response) -> None:
        body = _form_or_json(req)
        try:
            owner_id = account_service.register(
                str(body.get("email", "")), str(body.get("name", "")), str(body.get("password", ""))
            )
        except (AuthError, WeakPasswordError) as exc:
            raise falcon.HTTPBadRequest(description=str(exc)) from exc
        resp.status = falcon.HTTP_201
        resp.media = {"id": owner_id}


class LoginResource:
    def on_post(self, req: falcon.Request, resp: falcon.Response) -> None:
        body = _form_or_json(req)
        try:
            token = account_service.login(str(body.get("email", "")), str(body.get("password", "")))
        except AuthError as exc:
            raise falcon.HTTPUnauthorized(description=str(exc)) from exc
        resp.set_cookie("tp_session", token, max_age=ACCESS_TOKEN_TTL, secure=True, http_only=True, same_site="Lax")
        if req.get_param("next"):
            raise falcon.HTTPSeeOther(req.get_param("next"))  # VULN redirect
        resp.media = {"access_token": token, "token_type": "Bearer", "expires_in": ACCESS_TOKEN_TTL}


class LogoutResource:
    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        resp.unset_cookie("tp_session")
        raise falcon.HTTPSeeOther(safe_next(req.get_param("next"), default="/"))  # SAFE redirect


class ResetResource:
    def on_post(self, req: falcon.Request, resp: falcon.Response) -> None:
        body = _form_or_json(req)
        email = str(body.get("email", ""))
        if body.get("code"):
            try:
                account_service.finish_reset(email, str(body["code"]), str(body.get("password", "")))
            except (AuthError, WeakPasswordError) as exc:
                raise falcon.HTTPBadRequest(description=str(exc)) from exc
            resp.media = {"status": "password changed"}
            return
        account_service.start_reset(email)
        resp.status = falcon.HTTP_202
        resp.media = {"status": "if the address is registered, a code is on its way"}
