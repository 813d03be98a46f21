"""Browser pages: the emulator home (who am I, workspaces, install/uninstall) and the
workspace settings → Trace page, which renders what the app's UI Kit page renders, fetched
through the same UI-invocation path a real Forge frontend uses (FIT-authenticated invokeRemote).
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from trace_emulator.errors import ControlError
from trace_emulator.manifest import SETTINGS_PAGE_TYPE

if TYPE_CHECKING:
    from trace_emulator.emulator import Emulator

COOKIE = "emu_account"
CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#172b4d;
background:#f7f8f9}
header{background:#0052cc;color:#fff;padding:12px 24px;font-weight:600}
header a{color:#fff;text-decoration:none}
main{max-width:960px;margin:24px auto;padding:0 24px}
.card{background:#fff;border:1px solid #dfe1e6;border-radius:6px;padding:16px 20px;margin:16px 0}
.muted{color:#5e6c84;font-size:.9em}
.code{font:600 2em ui-monospace,Menlo,monospace;letter-spacing:.12em;padding:8px 12px;
border:1px dashed #0052cc;border-radius:4px;display:inline-block;background:#deebff}
button{background:#0052cc;color:#fff;border:0;border-radius:3px;padding:6px 12px;cursor:pointer}
button.secondary{background:#ebecf0;color:#172b4d}
table{border-collapse:collapse;width:100%}
td,th{padding:6px 8px;border-bottom:1px solid #ebecf0;text-align:left}
.error{color:#bf2600}
.lozenge{background:#e3fcef;color:#006644;font-weight:700;padding:2px 6px;border-radius:3px;
font-size:.8em;text-transform:uppercase}
.layout{display:flex;gap:24px;align-items:flex-start}.layout>section{flex:1}
nav.side{width:200px;flex:none;padding-top:16px}nav.side a{display:block;padding:4px 0}
"""
COPY_JS = """
document.addEventListener('click', function (e) {
  var b = e.target.closest('[data-copy]');
  if (!b) return;
  navigator.clipboard.writeText(b.getAttribute('data-copy')).then(function () {
    b.textContent = 'Copied';
  });
});
"""


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    doc = (
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        f"<title>{html.escape(title)}</title><link rel=stylesheet href=/_emu/static/ui.css>"
        "<script src=/_emu/static/ui.js defer></script></head><body>"
        "<header><a href='/'>Bitbucket (Trace emulator)</a></header>"
        f"<main>{body}</main></body></html>"
    )
    return HTMLResponse(doc, status_code=status)


def _layout(nav: str, content: str) -> str:
    return f"<div class=layout>{nav}<section>{content}</section></div>"


def _lifecycle_outcome(deliveries: list[dict[str, Any]]) -> str:
    if not deliveries:
        return "no trigger subscribed"
    record = deliveries[0]
    result = record.get("functionResult") or {}
    if not result.get("ok"):
        return "the app's function failed"
    if record.get("retryScheduled"):
        return "Trace did not accept it yet; Forge will redeliver it"
    return "delivered to Trace"


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


class BrowserUi:
    def __init__(self, emu: Emulator) -> None:
        self.emu = emu

    def routes(self) -> list[Route]:
        return [
            Route("/", self.home, methods=["GET"]),
            Route("/_emu/static/ui.css", self.css, methods=["GET"]),
            Route("/_emu/static/ui.js", self.js, methods=["GET"]),
            Route("/_emu/ui/act-as", self.act_as, methods=["POST"]),
            Route("/_emu/ui/install", self.install, methods=["POST"]),
            Route("/_emu/ui/uninstall", self.uninstall, methods=["GET", "POST"]),
            Route(
                "/{ws}/workspace/settings/forge/{app}/{env}/{module}",
                self.settings_page,
                methods=["GET", "POST"],
            ),
        ]

    async def css(self, _request: Request) -> Response:
        return Response(CSS, media_type="text/css")

    async def js(self, _request: Request) -> Response:
        return Response(COPY_JS, media_type="application/javascript")

    def _me(self, request: Request) -> Any:
        return self.emu.world.users.get(request.cookies.get(COOKIE, ""))

    def settings_path(self, ws_slug: str) -> str:
        module = self._settings_module_key()
        return (
            f"/{ws_slug}/workspace/settings/forge/{self.emu.config.app_uuid}/"
            f"{self.emu.config.environment_uuid}/{module}"
        )

    def _settings_module_key(self) -> str:
        modules = self.emu.manifest.modules(SETTINGS_PAGE_TYPE)
        return str(modules[0]["key"]) if modules else "trace-settings"

    async def home(self, request: Request) -> Response:
        me = self._me(request)
        users = sorted(self.emu.world.users.values(), key=lambda u: u.display_name)
        options = "".join(
            f"<option value='{_e(u.account_id)}'{' selected' if me is u else ''}>"
            f"{_e(u.display_name)} (@{_e(u.nickname)})</option>"
            for u in users
        )
        who = (
            f"Signed in as <b>{_e(me.display_name)}</b>"
            if me
            else "<span class=muted>Not signed in — pick a user.</span>"
        )
        parts = [
            "<h1>Trace emulator</h1>",
            f"<div class=card><form method=post action='/_emu/ui/act-as'>{who} &nbsp;"
            f"<select name=account>{options}</select> <button>Act as</button></form></div>",
        ]
        for ws in self.emu.world.workspaces:
            inst = self.emu.world.active_installation(ws.uuid)
            role = ""
            if me is not None and me.account_id in ws.members:
                role = "admin" if ws.members[me.account_id] else "member"
            members = ", ".join(
                f"{_e(self.emu.world.users[a].display_name)}{' (admin)' if adm else ''}"
                for a, adm in ws.members.items()
            )
            if inst:
                # Like Bitbucket, only a workspace admin is offered removal (and it asks first).
                remove = (
                    f"<form method=get action='/_emu/ui/uninstall' style='display:inline'>"
                    f"<input type=hidden name=installation value='{_e(inst.uuid)}'>"
                    "<button class=secondary>Uninstall Trace</button></form> "
                    if role == "admin"
                    else ""
                )
                action = (
                    f"{remove}"
                    f"<a href='{_e(self.settings_path(ws.slug))}'>Workspace settings → Trace</a>"
                    f"<div class=muted>installation {_e(inst.uuid)}</div>"
                )
            else:
                action = (
                    f"<form method=post action='/_emu/ui/install' style='display:inline'>"
                    f"<input type=hidden name=workspace value='{_e(ws.slug)}'>"
                    "<button>Install Trace</button></form>"
                )
            parts.append(
                f"<div class=card><h2>{_e(ws.name)} <span class=muted>({_e(ws.slug)})</span></h2>"
                f"<div class=muted>{len(ws.repositories)} "
                f"{'repository' if len(ws.repositories) == 1 else 'repositories'}"
                f" · members: {members}"
                f"{' · you are ' + role if role else ''}</div><p>{action}</p></div>"
            )
        parts.append(
            "<div class=card><h2>GitHub</h2><p>The emulated GitHub (organization northwind, "
            "the Trace GitHub App): <a href='/github/'>open GitHub</a></p></div>"
        )
        info = self.emu.info()
        parts.append(
            "<div class=card><h3>Settings for Trace</h3><table>"
            + "".join(
                f"<tr><th>{_e(k)}</th><td><code>{_e(info[k])}</code></td></tr>"
                for k in ("appId", "jwksUrl", "apiBaseUrl", "gitBaseUrl", "remoteUrl", "runner")
            )
            + "</table></div>"
        )
        message = request.query_params.get("msg")
        if message:
            parts.insert(1, f"<div class=card>{_e(message)}</div>")
        return _page("Trace emulator", "".join(parts))

    async def act_as(self, request: Request) -> Response:
        form = await request.form()
        account = str(form.get("account") or "")
        response = RedirectResponse("/", status_code=303)
        if account in self.emu.world.users:
            response.set_cookie(COOKIE, account, httponly=True, samesite="lax")
        return response

    async def install(self, request: Request) -> Response:
        form = await request.form()
        me = self._me(request)
        if me is None:
            return _sign_in_first()
        try:
            result = await self.emu.forge.install(str(form.get("workspace") or ""), me.account_id)
            msg = (
                f"Installed (installation {result['installation']['id']}); "
                f"lifecycle event: {_lifecycle_outcome(result['deliveries'])}"
            )
        except ControlError as exc:
            msg = f"Install failed: {exc.message}"
        return RedirectResponse("/?msg=" + quote(msg), status_code=303)

    async def uninstall(self, request: Request) -> Response:
        """GET asks for confirmation, POST with `confirm=yes` removes the app; workspace admins
        only, as in Bitbucket (401 signed out, 403 for anyone else)."""
        form = await request.form() if request.method == "POST" else request.query_params
        ident = str(form.get("installation") or "")
        inst = self.emu.world.installations.get(ident)
        ws = self.emu.world.workspace(inst.workspace_uuid) if inst else None
        if inst is None or ws is None or inst.status != "active":
            return _page("Not found", "<h1>This app is not installed</h1>", 404)
        me = self._me(request)
        if me is None:
            return _sign_in_first()
        if not ws.members.get(me.account_id):
            return _page(
                "Forbidden",
                "<h1>You don't have access to this page</h1><p>Only workspace admins can "
                "uninstall apps.</p>",
                403,
            )
        if request.method == "GET" or form.get("confirm") != "yes":
            return _page("Uninstall Trace?", _confirm_uninstall(ws.name, inst.uuid))
        try:
            await self.emu.forge.uninstall(inst.uuid)
            msg = "Uninstalled; tokens revoked, web triggers disabled."
        except ControlError as exc:
            msg = f"Uninstall failed: {exc.message}"
        return RedirectResponse("/?msg=" + quote(msg), status_code=303)

    async def settings_page(self, request: Request) -> Response:
        ws = self.emu.world.workspace(request.path_params["ws"])
        if ws is None:
            return _page("Not found", "<h1>Workspace not found</h1>", 404)
        me = self._me(request)
        if me is None or me.account_id not in ws.members:
            return _page(
                "Sign in", "<h1>Pick a user on the <a href='/'>home page</a> first.</h1>", 403
            )
        if not ws.members[me.account_id]:
            # Bitbucket shows workspace settings to "Administer workspace" users only.
            return _page(
                "Forbidden",
                "<h1>You don't have access to this page</h1><p>Workspace settings are "
                "available to workspace admins only.</p>",
                403,
            )
        inst = self.emu.world.active_installation(ws.uuid)
        nav = (
            f"<nav class=side><b>{_e(ws.name)}</b><br>Workspace settings<br><br>"
            "<b>FORGE APPS</b><a href='#'>Trace</a></nav>"
        )
        if inst is None:
            body = "<div class=card>Trace is not installed in this workspace.</div>"
            return _page("Trace", _layout(nav, body), 404)
        module_key = request.path_params["module"]
        try:
            refresh = request.method == "POST"
            content = await self._render_app(inst.uuid, module_key, me.account_id, refresh)
        except ControlError as exc:
            content = f"<p class=error>{_e(exc.message)}</p>"
        card = f"<div class=card><h2>Trace</h2>{content}</div>"
        return _page("Trace · Workspace settings", _layout(nav, card))

    async def _render_app(self, inst_id: str, module_key: str, account: str, refresh: bool) -> str:
        # Same single call as the UI Kit page (forge-app/src/resolvers/pairing.js).
        res = await self.emu.forge.ui_invoke(
            inst_id, module_key=module_key, account=account, path="/forge/v1/pairing-code",
            method="POST", body={},
        )  # fmt: skip
        return render_state(pairing_state(res), self.emu.clock.now())


# --- a Python rendering of forge-app/src/lib/pairing.js (the page's view states) ----------------
ERROR_TEXT = {
    "not_admin": (
        "Only workspace admins can connect Trace",
        "Ask an admin of this workspace to open Workspace settings → Trace.",
    ),
    "not_installed": (
        "Trace is not installed in this workspace",
        "Trace has no record of this installation (it may still be finishing, or was removed). "
        "Wait a minute and reload; if it persists, reinstall the app from your install link.",
    ),
    "unreachable": (
        "Trace cannot be reached",
        "The Trace service did not answer correctly. Try again in a few minutes.",
    ),
}
ERROR_CODES = {
    "not_admin": "not_admin",
    "forbidden": "not_admin",
    "not_installed": "not_installed",
    "installation_unknown": "not_installed",
    "unknown_installation": "not_installed",
    "uninstalled": "not_installed",
}


def _sign_in_first() -> HTMLResponse:
    return _page(
        "Sign in", "<h1>Sign in first</h1><p>Pick a user on the <a href='/'>home page</a>.</p>", 401
    )


def _confirm_uninstall(workspace_name: str, installation: str) -> str:
    return (
        f"<div class=card><h1>Uninstall Trace from {_e(workspace_name)}?</h1>"
        "<p>Trace loses access to this workspace at once: its tokens are revoked, its web "
        "triggers stop and Trace shows the connection as inactive. Installing it again means "
        "pairing again.</p>"
        "<form method=post action='/_emu/ui/uninstall' style='display:inline'>"
        f"<input type=hidden name=installation value='{_e(installation)}'>"
        "<input type=hidden name=confirm value=yes>"
        "<button>Uninstall</button></form> <a href='/'>Cancel</a></div>"
    )


def group_code(code: str) -> str:
    compact = "".join(ch for ch in str(code) if ch.isascii() and ch.isalnum()).upper()
    return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _person(who: Any) -> str | None:
    if isinstance(who, str) and who.strip():
        return who.strip()
    if isinstance(who, dict):
        for key in ("displayName", "name", "email"):
            value = who.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def _iso(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def pairing_state(res: dict[str, Any]) -> dict[str, Any]:
    """Trace's answer (after Forge's UI response rules) → the page's view state."""
    if (
        res.get("status") is None
        or res.get("status") == 401
        or (res.get("error") and not isinstance(res.get("body"), dict))
    ):
        return {"kind": "error", "reason": "unreachable"}  # the invokeRemote promise rejected
    status = int(res["status"])
    data = res.get("body") if isinstance(res.get("body"), dict) else {}
    assert isinstance(data, dict)
    if 200 <= status < 300:
        if data.get("paired") is True:
            org = _person(data.get("organization")) or _person(data.get("orgName"))
            if org is None:
                return {"kind": "error", "reason": "unreachable"}
            return {
                "kind": "paired",
                "organization": org,
                "pairedBy": _person(data.get("pairedBy")),
                "pairedAt": _iso(data.get("pairedAt")),
            }
        if data.get("paired") is False and isinstance(data.get("code"), str):
            code, expires = group_code(data["code"]), _iso(data.get("expiresAt"))
            if not code or expires is None:
                return {"kind": "error", "reason": "unreachable"}
            return {"kind": "code", "code": code, "expiresAt": expires}
        return {"kind": "error", "reason": "unreachable"}
    error_code = data.get("error")
    declared = ERROR_CODES.get(error_code) if isinstance(error_code, str) else None
    if declared:
        return {"kind": "error", "reason": declared}
    if status == 403:
        return {"kind": "error", "reason": "not_admin"}
    if status in (404, 410):
        return {"kind": "error", "reason": "not_installed"}
    return {"kind": "error", "reason": "unreachable"}


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def describe_expiry(expires: datetime, now: float) -> str:
    remaining = expires.timestamp() - now
    if remaining <= 0:
        return "expired"
    minutes = int(remaining // 60)
    if minutes < 1:
        return "in less than a minute"
    return "in 1 minute" if minutes == 1 else f"in {minutes} minutes"


def render_state(state: dict[str, Any], now: float) -> str:
    if state["kind"] == "code":
        code = _e(state["code"])
        expiry = describe_expiry(state["expiresAt"], now)
        if expiry == "expired":
            tail = (
                "<div class=card><b>This code has expired</b><form method=post>"
                "<button>Get a new code</button></form></div>"
            )
        else:
            tail = (
                f"<p>Single use. Expires {_e(expiry)} (at {_e(_utc(state['expiresAt']))}).</p>"
                "<form method=post><button class=secondary>Get a new code</button></form>"
            )
        return (
            "<p>In Trace, open Settings → Integrations → Bitbucket → Connect workspace and "
            "enter this code.</p>"
            f"<p><span class=code id=code>{code}</span> "
            f"<button type=button data-copy='{code}'>Copy code</button></p>"
            f"<p class=muted>Or select it: <input readonly value='{code}' size=16></p>" + tail
        )
    if state["kind"] == "paired":
        when = f" on {_utc(state['pairedAt'])}" if state.get("pairedAt") else ""
        return (
            "<p><span class=lozenge>Connected</span> This workspace is paired with the Trace "
            f"organization <code>{_e(state['organization'])}</code>.</p>"
            f"<p>Paired by {_e(state.get('pairedBy') or 'an unknown user')}{_e(when)}.</p>"
            "<p class=muted>Not expected? Uninstall the app from Workspace settings → Installed "
            "apps; Trace stops using this workspace immediately, and a reinstall needs a new "
            "code.</p>"
        )
    title, detail = ERROR_TEXT[state["reason"]]
    retry = (
        ""
        if state["reason"] == "not_admin"
        else "<form method=post><button>Try again</button></form>"
    )
    return f"<div class=card><b class=error>{_e(title)}</b><p>{_e(detail)}</p>{retry}</div>"
