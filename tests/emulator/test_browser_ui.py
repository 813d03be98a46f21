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
        browser.post("/_emu/ui/uninstall", data={"installation": inst["id"]})
        assert emu.client.installation(inst["id"])["status"] == "uninstalled"
        assert browser.get(_settings(emu)).status_code == 404


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
