"""The emulator's browser pages: home (act as, install/uninstall) and the workspace settings →
Trace page rendered through the UI-invocation path."""

from __future__ import annotations

import httpx

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


def test_full_flow_by_hand(emu: RunningEmulator, remote: RecordingRemote) -> None:
    remote.on("/forge/v1/status", Reply.json(200, {"paired": False}))
    remote.on(
        "/forge/v1/pairing-code",
        Reply.json(
            200, {"paired": False, "code": "K7QF-M2XR", "expiresAt": "2026-08-20T09:30:00Z"}
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
        settings = (
            f"/acme/workspace/settings/forge/{emu.info['appUuid']}/{emu.info['environmentId']}"
            "/trace-settings"
        )
        assert settings in installed.text
        page = browser.get(settings)
        assert page.status_code == 200
        assert "K7QF-M2XR" in page.text
        assert "data-copy='K7QF-M2XR'" in page.text
        assert "2026-08-20 09:30 UTC" in page.text
        assert "<script>" not in page.text  # no inline JS
        status_req = remote.to("/forge/v1/status")[0]
        assert status_req.method == "GET"
        assert status_req.headers["authorization"].startswith("Bearer ")
        pairing = remote.to("/forge/v1/pairing-code")[0]
        assert pairing.method == "POST"
        assert pairing.body == b"{}"
        assert browser.post(settings).status_code == 200  # "Generate a new code"
        assert len(remote.to("/forge/v1/pairing-code")) == 2

        remote.on(
            "/forge/v1/status",
            Reply.json(
                200, {"paired": True, "organization": "Acme <Security>", "pairedBy": "Jane"}
            ),
        )
        paired = browser.get(settings)
        assert "Paired with <b>Acme &lt;Security&gt;</b> by Jane" in paired.text

        _act_as(browser, emu, "max")
        refused = browser.get(settings)
        assert refused.status_code == 403
        assert "admins only" in refused.text
        _act_as(browser, emu, "ada")
        browser.post("/_emu/ui/uninstall", data={"installation": inst["id"]})
        assert emu.client.installation(inst["id"])["status"] == "uninstalled"
        assert browser.get(settings).status_code == 404


def test_settings_page_shows_remote_errors(
    emu: RunningEmulator, remote: RecordingRemote, installed: dict
) -> None:
    remote.on("/forge/v1/status", Reply(401, b"{}", {"content-type": "application/json"}))
    remote.on("/forge/v1/pairing-code", Reply(401, b"{}", {"content-type": "application/json"}))
    with _browser(emu) as browser:
        _act_as(browser, emu, "ada")
        page = browser.get(
            f"/acme/workspace/settings/forge/{emu.info['appUuid']}/{emu.info['environmentId']}"
            "/trace-settings"
        )
        assert "Remote could not verify the Forge Invocation Token" in page.text
