"""GitHub's browser side under `{web}`: sign in as a persona, install or configure the App on an
account (all or selected repositories) → the App's setup URL with `installation_id` and
`setup_action`, the installation settings page (suspend, uninstall), and the OAuth web flow
(`/login/oauth/authorize` → `code`, `POST /login/oauth/access_token` → `ghu_` token)."""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from trace_emulator.github.model import Account
from trace_emulator.github.service import GitHubError

if TYPE_CHECKING:
    from trace_emulator.github.service import GitHubService

COOKIE = "emu_github_user"
OAUTH_DOCS = (
    "https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-"
    "request-errors"
)


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    doc = (
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        f"<title>{_e(title)}</title><link rel=stylesheet href=/_emu/static/ui.css></head><body>"
        "<header style='background:#24292f'><a href='/github/'>GitHub (Trace emulator)</a>"
        "</header>"
        f"<main>{body}</main></body></html>"
    )
    return HTMLResponse(doc, status_code=status)


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=302)


def _with_query(url: str, params: dict[str, str]) -> str:
    joiner = "&" if urlsplit(url).query else "?"
    return url + joiner + urlencode(params)


class GitHubWeb:
    def __init__(self, gh: GitHubService) -> None:
        self.gh = gh

    def routes(self) -> list[Route]:
        r = Route
        return [
            r("/", self.home, methods=["GET"]),
            r("/login", self.login, methods=["GET"]),
            r("/session", self.session, methods=["POST"]),
            r("/logout", self.logout, methods=["POST"]),
            r("/apps/{slug}/installations/new", self.choose_account, methods=["GET"]),
            r("/apps/{slug}/installations/new/permissions", self.choose_repos, methods=["GET"]),
            r("/apps/{slug}/installations", self.install, methods=["POST"]),
            r("/settings/installations/{id}", self.settings, methods=["GET"]),
            r("/settings/installations/{id}/{action}", self.settings_action, methods=["POST"]),
            r("/login/oauth/authorize", self.authorize, methods=["GET", "POST"]),
            r("/login/oauth/access_token", self.access_token, methods=["POST"]),
        ]

    # ---------------------------------------------------------------- session
    def _me(self, request: Request) -> Account | None:
        login = request.cookies.get(COOKIE, "")
        account = self.gh.world.account(login) if login else None
        return account if account is not None and not account.is_org() else None

    def _sign_in_first(self, request: Request) -> Response:
        return _redirect("/github/login?" + urlencode({"return_to": str(request.url)}))

    async def home(self, request: Request) -> Response:
        me = self._me(request)
        who = f"Signed in as <b>{_e(me.login)}</b>" if me else "Not signed in"
        rows = []
        for inst in self.gh.world.installations.values():
            if inst.deleted:
                continue
            state = "suspended" if inst.suspended_at else "active"
            rows.append(
                f"<tr><td>{_e(inst.account.login)}</td><td>{inst.id}</td><td>{state}</td>"
                f"<td><a href='/github/settings/installations/{inst.id}'>Configure</a></td></tr>"
            )
        install = f"/github/apps/{self.gh.app.slug}/installations/new"
        body = (
            f"<h1>GitHub</h1><div class=card>{who} · <a href='/github/login'>Switch user</a></div>"
            f"<div class=card><h2>{_e(self.gh.app.name)} (GitHub App)</h2>"
            f"<p><a href='{install}'>Install {_e(self.gh.app.name)}</a></p><table>"
            "<tr><th>Account</th><th>Installation</th><th>State</th><th></th></tr>"
            + "".join(rows)
            + "</table></div>"
        )
        return _page("GitHub", body)

    async def login(self, request: Request) -> Response:
        return_to = request.query_params.get("return_to", "/github/")
        buttons = "".join(
            "<form method=post action='/github/session' style='margin:6px 0'>"
            f"<input type=hidden name=login value='{_e(u.login)}'>"
            f"<input type=hidden name=return_to value='{_e(return_to)}'>"
            f"<button>Sign in as {_e(u.name)} (@{_e(u.login)})</button></form>"
            for u in sorted(self.gh.world.users(), key=lambda u: u.login)
        )
        body = f"<h1>Sign in to GitHub</h1><div class=card>{buttons}</div>"
        return _page("Sign in to GitHub", body)

    async def session(self, request: Request) -> Response:
        form = await request.form()
        account = self.gh.world.account(str(form.get("login") or ""))
        return_to = str(form.get("return_to") or "/github/")
        if account is None or account.is_org():
            return _page("Sign in", "<p class=error>Incorrect username.</p>", 422)
        # Only back into the emulated GitHub: never "//host" or another origin.
        local = return_to.startswith("/") and not return_to.startswith("//")
        if not (local or return_to.startswith(self.gh.web_url + "/")):
            return_to = "/github/"
        response = _redirect(return_to)
        response.status_code = 303
        response.set_cookie(COOKIE, account.login, httponly=True, samesite="lax")
        return response

    async def logout(self, _request: Request) -> Response:
        response = RedirectResponse("/github/", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    # ---------------------------------------------------------------- install
    def _check_slug(self, request: Request) -> Response | None:
        if request.path_params["slug"] != self.gh.app.slug:
            return _page("Not found", "<h1>404</h1><p>No such GitHub App.</p>", 404)
        return None

    def _installable(self, me: Account) -> list[Account]:
        return [a for a in self.gh.world.accounts.values() if self.gh.world.can_install(me, a)]

    async def choose_account(self, request: Request) -> Response:
        if (missing := self._check_slug(request)) is not None:
            return missing
        me = self._me(request)
        if me is None:
            return self._sign_in_first(request)
        state = request.query_params.get("state")
        items = []
        for account in sorted(self._installable(me), key=lambda a: (a.is_org(), a.login)):
            params = {"target_id": str(account.id), **({"state": state} if state else {})}
            inst = self.gh.world.installation_for(account)
            label = "Configure" if inst else "Install"
            items.append(
                f"<li><a href='/github/apps/{self.gh.app.slug}/installations/new/permissions?"
                f"{_e(urlencode(params))}'>{label} on {_e(account.login)}</a> "
                f"<span class=muted>{_e(account.type)}</span></li>"
            )
        body = (
            f"<h1>Install {_e(self.gh.app.name)}</h1><p>Where do you want to install "
            f"{_e(self.gh.app.name)}?</p><div class=card><ul>{''.join(items)}</ul></div>"
        )
        return _page(f"Install {self.gh.app.name}", body)

    def _target(self, me: Account, target_id: Any) -> Account:
        try:
            account = self.gh.world.account_by_id(int(str(target_id)))
        except ValueError:
            account = None
        if account is None or not self.gh.world.can_install(me, account):
            raise GitHubError(404, "You cannot install apps on this account.")
        return account

    async def choose_repos(self, request: Request) -> Response:
        if (missing := self._check_slug(request)) is not None:
            return missing
        me = self._me(request)
        if me is None:
            return self._sign_in_first(request)
        try:
            account = self._target(me, request.query_params.get("target_id"))
        except GitHubError as exc:
            return _page("Not found", f"<p class=error>{_e(exc.message)}</p>", exc.status)
        inst = self.gh.world.installation_for(account)
        selected = {r.id for r in self.gh.world.installation_repositories(inst)} if inst else set()
        all_checked = inst is None or inst.repository_selection == "all"
        boxes = "".join(
            f"<label style='display:block'><input type=checkbox name=repository_ids "
            f"value='{r.id}'{' checked' if r.id in selected and not all_checked else ''}> "
            f"{_e(r.full_name)}</label>"
            for r in sorted(self.gh.world.owned_by(account), key=lambda r: r.name)
        )
        perms = ", ".join(f"{k}: {v}" for k, v in sorted(self.gh.app.permissions.items()))
        state = request.query_params.get("state")
        body = (
            f"<h1>{'Configure' if inst else 'Install'} {_e(self.gh.app.name)} on "
            f"{_e(account.login)}</h1><form method=post "
            f"action='/github/apps/{self.gh.app.slug}/installations'>"
            f"<input type=hidden name=target_id value='{account.id}'>"
            + (f"<input type=hidden name=state value='{_e(state)}'>" if state else "")
            + "<div class=card><label><input type=radio name=repository_selection value=all"
            f"{' checked' if all_checked else ''}> All repositories</label><br>"
            "<label><input type=radio name=repository_selection value=selected"
            f"{'' if all_checked else ' checked'}> Only select repositories</label>"
            f"<div style='margin:8px 24px'>{boxes}</div></div>"
            f"<p class=muted>Permissions: {_e(perms)}</p>"
            f"<button>{'Save' if inst else 'Install'}</button></form>"
        )
        return _page(f"Install {self.gh.app.name}", body)

    async def install(self, request: Request) -> Response:
        if (missing := self._check_slug(request)) is not None:
            return missing
        me = self._me(request)
        if me is None:
            return self._sign_in_first(request)
        form = await request.form()
        try:
            account = self._target(me, form.get("target_id"))
            repositories: Any = "all"
            if form.get("repository_selection") == "selected":
                names = [str(v) for v in form.getlist("repository_ids")]
                if not names:
                    raise GitHubError(422, "Select at least one repository.")
                repositories = names
            existing = self.gh.world.installation_for(account)
            if existing is None:
                inst, _ = await self.gh.install(account.login, me.login, repositories)
                action = "install"
            else:
                await self.gh.configure(existing, me.login, repositories)
                inst, action = existing, "update"
        except GitHubError as exc:
            return _page("Install failed", f"<p class=error>{_e(exc.message)}</p>", exc.status)
        params = {"installation_id": str(inst.id), "setup_action": action}
        if form.get("state"):
            params["state"] = str(form["state"])
        if action == "update" and not self.gh.app.redirect_on_update:
            return _redirect(f"/github/settings/installations/{inst.id}")
        if self.gh.app.request_oauth_on_install:
            # GitHub then skips the setup URL: the callback URL gets a code as well.
            params["code"] = self.gh.tokens.mint_code(me.id, self.gh.app.callback_url)
            self.gh.world.authorized.add(me.id)
            return _redirect(_with_query(self.gh.app.callback_url, params))
        return _redirect(_with_query(self.gh.app.setup_url, params))

    # ---------------------------------------------------------------- installation settings
    async def settings(self, request: Request) -> Response:
        me = self._me(request)
        if me is None:
            return self._sign_in_first(request)
        try:
            inst = self.gh.installation(request.path_params["id"])
        except GitHubError:
            inst = None
        if inst is None or not self.gh.world.can_install(me, inst.account):
            return _page("Not found", "<h1>404</h1>", 404)
        state = "Suspended" if inst.suspended_at else "Active"
        toggle = "unsuspend" if inst.suspended_at else "suspend"
        repos = ", ".join(r.name for r in self.gh.world.installation_repositories(inst))
        base = f"/github/settings/installations/{inst.id}"
        body = (
            f"<h1>{_e(self.gh.app.name)} on {_e(inst.account.login)}</h1>"
            f"<div class=card>State: <b>{state}</b><br>Repository access: "
            f"{_e(inst.repository_selection)} ({_e(repos) or 'none'})</div>"
            f"<form method=post action='{base}/{toggle}'><button class=secondary>"
            f"{toggle.capitalize()}</button></form><br>"
            f"<form method=post action='{base}/uninstall'><button>Uninstall</button></form>"
        )
        return _page("Installed GitHub App", body)

    async def settings_action(self, request: Request) -> Response:
        me = self._me(request)
        if me is None:
            return self._sign_in_first(request)
        try:
            inst = self.gh.installation(request.path_params["id"])
            if not self.gh.world.can_install(me, inst.account):
                raise GitHubError(404, "Not found")
            action = request.path_params["action"]
            if action == "suspend":
                await self.gh.suspend(inst, me.login)
            elif action == "unsuspend":
                await self.gh.unsuspend(inst, me.login)
            elif action == "uninstall":
                await self.gh.uninstall(inst, me.login)
                return RedirectResponse("/github/", status_code=303)
            else:
                raise GitHubError(404, "Not found")
        except GitHubError as exc:
            return _page("Error", f"<p class=error>{_e(exc.message)}</p>", exc.status)
        return RedirectResponse(f"/github/settings/installations/{inst.id}", status_code=303)

    # ---------------------------------------------------------------- OAuth web flow
    async def authorize(self, request: Request) -> Response:
        params = dict(request.query_params)
        if request.method == "POST":
            params.update({k: str(v) for k, v in (await request.form()).items()})
        if params.get("client_id") != self.gh.app.client_id:
            return _page("Not found", "<h1>404</h1><p>Unknown client_id.</p>", 404)
        redirect_uri = params.get("redirect_uri") or self.gh.app.callback_url
        if not _same_or_sub(redirect_uri, self.gh.app.callback_url):
            return _page(
                "Redirect URI mismatch",
                "<h1>Be careful!</h1><p>The redirect_uri is not associated with this "
                "application.</p>",
                400,
            )
        me = self._me(request)
        if me is None:
            return self._sign_in_first(request)
        if request.method == "GET" and me.id not in self.gh.world.authorized:
            hidden = "".join(
                f"<input type=hidden name='{_e(k)}' value='{_e(v)}'>" for k, v in params.items()
            )
            body = (
                f"<h1>Authorize {_e(self.gh.app.name)}</h1><div class=card>"
                f"<p>{_e(self.gh.app.name)} by @{_e(self.gh.app.owner_login)} wants to verify "
                f"your GitHub identity and know which resources you can access.</p>"
                f"<form method=post action='/github/login/oauth/authorize'>{hidden}"
                f"<button>Authorize {_e(self.gh.app.name)}</button></form></div>"
                f"<p class=muted>Signed in as {_e(me.login)}. Redirects to "
                f"{_e(redirect_uri)}</p>"
            )
            return _page(f"Authorize {self.gh.app.name}", body)
        self.gh.world.authorized.add(me.id)
        result = {"code": self.gh.tokens.mint_code(me.id, redirect_uri)}
        if params.get("state"):
            result["state"] = params["state"]
        return _redirect(_with_query(redirect_uri, result))

    async def access_token(self, request: Request) -> Response:
        raw = (await request.body()).decode(errors="replace")
        if request.headers.get("content-type", "").startswith("application/json"):
            try:
                loaded = json.loads(raw or "{}")
                params = {k: str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}
            except ValueError:
                params = {}
        else:
            params = {k: v[0] for k, v in parse_qs(raw).items()}
        params = {**dict(request.query_params), **params}
        wants_json = "application/json" in request.headers.get("accept", "")
        if (
            params.get("client_id") != self.gh.app.client_id
            or params.get("client_secret") != self.gh.app.client_secret
        ):
            return _oauth_error(
                wants_json,
                "incorrect_client_credentials",
                "The client_id and/or client_secret passed are incorrect.",
            )
        if params.get("grant_type") == "refresh_token":
            record = self.gh.tokens.refresh(params.get("refresh_token", ""))
            if record is None:
                return _oauth_error(
                    wants_json,
                    "bad_refresh_token",
                    "The refresh token passed is incorrect or expired.",
                )
        else:
            code = self.gh.tokens.redeem_code(params.get("code", ""))
            if code is None:
                return _oauth_error(
                    wants_json, "bad_verification_code", "The code passed is incorrect or expired."
                )
            if params.get("redirect_uri") and params["redirect_uri"] != code.redirect_uri:
                return _oauth_error(
                    wants_json,
                    "redirect_uri_mismatch",
                    "The redirect_uri MUST match the registered callback URL for this application.",
                )
            record = self.gh.tokens.mint_user(code.user_id)
        now = self.gh.clock.now()
        data = {
            "access_token": record.token,
            "expires_in": str(round(record.expires_at - now)),
            "refresh_token": record.refresh_token,
            "refresh_token_expires_in": str(round(record.refresh_expires_at - now)),
            "scope": "",
            "token_type": "bearer",
        }
        if wants_json:
            typed = {
                **data,
                "expires_in": int(data["expires_in"]),
                "refresh_token_expires_in": int(data["refresh_token_expires_in"]),
            }
            return JSONResponse(typed)
        return Response(urlencode(data), media_type="application/x-www-form-urlencoded")


def _oauth_error(wants_json: bool, error: str, description: str) -> Response:
    # GitHub answers these with 200 and the error in the body.
    data = {"error": error, "error_description": description, "error_uri": OAUTH_DOCS}
    if wants_json:
        return JSONResponse(data)
    return Response(urlencode(data), media_type="application/x-www-form-urlencoded")


def _same_or_sub(candidate: str, registered: str) -> bool:
    """GitHub accepts the registered callback URL or a URL under it (same host and port)."""
    a, b = urlsplit(candidate), urlsplit(registered)
    return (a.scheme, a.netloc) == (b.scheme, b.netloc) and a.path.startswith(b.path.rstrip("/"))
