"""The emulator's browser pages: home (act as, install/uninstall) and the workspace settings →
Trace page, rendered like the UI Kit page through the UI-invocation path."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.emulator.recorder import RecordingRemote, Reply
from trace_emulator.testing import RunningEmulator


def _browser(emu: RunningEmulator) -> httpx.Client:
    return httpx.Client(base_url=emu.base_url, follow_redirects=True)


def _act_as(client: httpx.Client, emu: RunningEmulator, nickname: str) -> None:
    member = next(
        m for ws in emu.client.workspaces() for m in ws["members"] if m["nickname"] == nickname
    )
    resp = client.post("/_emu/ui/act-as", data={"account": member["accountId"]})
    assert resp.status_code == 200


def _settings(emu: RunningEmulator) -> str:
    return (
        f"/acme/workspace/settings/forge/{emu.info['appUuid']}/{emu.info['environmentId']}"
        "/trace-settings"
    )


def test_full_flow_by_hand(emu: RunningEmulator, remote: RecordingRemote) -> None:
    expires = (datetime.now(UTC) + timedelta(minutes=14, seconds=30)).replace(microsecond=0)
    remote.on(
        "/forge/v1/pairing-code",
        Reply.json(
            200,
            {"paired": False, "code": "k7qfm2xr9abc", "expiresAt": expires.isoformat()},
        ),
    )
    with _browser(emu) as browser:
        home = browser.get("/")
        assert home.status_code == 200
        assert "Acme Corp" in home.text
        assert "Install Trace" in home.text
        _act_as(browser, emu, "ada")
        installed = browser.post("/_emu/ui/install", data={"workspace": "acme"})
        assert "Installed" in installed.text
        assert remote.to("/forge/v1/lifecycle")
        inst = emu.client.workspaces()[0]["installation"]
        assert _settings(emu) in installed.text
        page = browser.get(_settings(emu))
        assert page.status_code == 200
        assert "K7QF-M2XR-9ABC" in page.text  # grouped like the UI Kit page
        assert "data-copy='K7QF-M2XR-9ABC'" in page.text
        assert "Expires in 14 minutes" in page.text
        assert expires.strftime("%Y-%m-%d %H:%M UTC") in page.text
        assert "<script>" not in page.text  # no inline JS
        pairing = remote.to("/forge/v1/pairing-code")[0]
        assert pairing.method == "POST"
        assert pairing.body == b"{}"
        assert pairing.headers["authorization"].startswith("Bearer ")
        assert browser.post(_settings(emu)).status_code == 200  # "Get a new code"
        assert len(remote.to("/forge/v1/pairing-code")) == 2

        remote.on(
            "/forge/v1/pairing-code",
            Reply.json(
                200,
                {
                    "paired": True,
                    "organization": "Acme <Security>",
                    "pairedBy": {"displayName": "Jane"},
                    "pairedAt": "2026-08-20T09:30:00Z",
                },
            ),
        )
        paired = browser.get(_settings(emu))
        assert "organization <code>Acme &lt;Security&gt;</code>" in paired.text
        assert "Paired by Jane on 2026-08-20 09:30 UTC." in paired.text

        _act_as(browser, emu, "max")
        refused = browser.get(_settings(emu))
        assert refused.status_code == 403
        assert "admins only" in refused.text
        _act_as(browser, emu, "ada")
        browser.post("/_emu/ui/uninstall", data={"installation": inst["id"], "confirm": "yes"})
        assert emu.client.installation(inst["id"])["status"] == "uninstalled"
        assert browser.get(_settings(emu)).status_code == 404


def test_uninstall_is_for_workspace_admins_only(emu: RunningEmulator, installed: dict) -> None:
    inst = installed["id"]
    form = {"installation": inst, "confirm": "yes"}
    with _browser(emu) as visitor:
        assert "Uninstall Trace" not in visitor.get("/").text
        assert visitor.get("/_emu/ui/uninstall", params={"installation": inst}).status_code == 401
        assert visitor.post("/_emu/ui/uninstall", data=form).status_code == 401
        # A signed-out visitor cannot install either (not even as the workspace's first admin).
        assert visitor.post("/_emu/ui/install", data={"workspace": "acme"}).status_code == 401
    with _browser(emu) as member:
        _act_as(member, emu, "max")  # a member of acme, not an admin
        assert "Uninstall Trace" not in member.get("/").text
        refused = member.post("/_emu/ui/uninstall", data=form)
        assert refused.status_code == 403
        assert "Only workspace admins can uninstall apps" in refused.text
        assert member.get("/_emu/ui/uninstall", params={"installation": inst}).status_code == 403
    assert emu.client.installation(inst)["status"] == "active"


def test_uninstall_asks_for_confirmation_first(emu: RunningEmulator, installed: dict) -> None:
    inst = installed["id"]
    with _browser(emu) as admin:
        _act_as(admin, emu, "ada")
        assert "Uninstall Trace" in admin.get("/").text
        confirm = admin.get("/_emu/ui/uninstall", params={"installation": inst})
        assert confirm.status_code == 200
        assert "Uninstall Trace from Acme Corp?" in confirm.text
        assert "name=confirm value=yes" in confirm.text
        # A POST without the confirmation shows the question again and removes nothing.
        unconfirmed = admin.post("/_emu/ui/uninstall", data={"installation": inst})
        assert "Uninstall Trace from Acme Corp?" in unconfirmed.text
        assert emu.client.installation(inst)["status"] == "active"
        done = admin.post("/_emu/ui/uninstall", data={"installation": inst, "confirm": "yes"})
        assert "Uninstalled; tokens revoked" in done.text
        assert emu.client.installation(inst)["status"] == "uninstalled"
        again = admin.post("/_emu/ui/uninstall", data={"installation": inst, "confirm": "yes"})
        assert again.status_code == 404


@pytest.mark.parametrize(
    ("reply", "text"),
    [
        (Reply(401, b"{}", {"content-type": "application/json"}), "Trace cannot be reached"),
        (Reply(500, b"oops", {"content-type": "text/plain"}), "Trace cannot be reached"),
        (Reply.json(403, {"error": "x"}), "Only workspace admins can connect Trace"),
        (Reply.json(409, {"error": "uninstalled"}), "Trace is not installed in this workspace"),
        (Reply.json(200, {"paired": False, "code": "ABCD", "expiresAt": "2020-01-01T00:00:00Z"}),
         "This code has expired"),
        (Reply.json(200, {"unexpected": True}), "Trace cannot be reached"),
    ],
)  # fmt: skip
def test_settings_page_states(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict, reply: Reply, text: str
) -> None:
    remote.on("/forge/v1/pairing-code", reply)
    with _browser(emu) as browser:
        _act_as(browser, emu, "ada")
        page = browser.get(_settings(emu))
        assert text in page.text
