"""Webhook deliveries: signatures, headers, documented payload shapes, log and redelivery."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from typing import Any

from tests.emulator.github.paths import WEBHOOK_PATH
from tests.emulator.recorder import Recorded, RecordingRemote, Reply
from trace_emulator.github.testing import GitHubClient


def _received(remote: RecordingRemote, event: str | None = None) -> list[Recorded]:
    return [
        r for r in remote.to(WEBHOOK_PATH) if event is None or r.headers["x-github-event"] == event
    ]


def _verify(gh: GitHubClient, rec: Recorded) -> dict[str, Any]:
    """What a receiver does: HMAC over the raw body with the webhook secret."""
    secret = gh.app()["webhookSecret"].encode()
    expected = "sha256=" + hmac.new(secret, rec.body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(rec.headers["x-hub-signature-256"], expected)
    return dict(json.loads(rec.body))


def test_installation_created_is_signed_with_githubs_headers(
    gh: GitHubClient, remote: RecordingRemote, installed: dict[str, Any]
) -> None:
    [rec] = _received(remote)
    app = gh.app()
    assert rec.method == "POST"
    assert rec.headers["content-type"] == "application/json"
    assert rec.headers["x-github-event"] == "installation"
    assert uuid.UUID(rec.headers["x-github-delivery"])
    assert rec.headers["x-github-hook-id"] == str(app["hookId"])
    assert rec.headers["x-github-hook-installation-target-type"] == "integration"
    assert rec.headers["x-github-hook-installation-target-id"] == str(app["id"])
    assert rec.headers["user-agent"].startswith("GitHub-Hookshot/")
    assert rec.headers["x-hub-signature"].startswith("sha1=")
    payload = _verify(gh, rec)
    assert payload["action"] == "created"
    assert payload["installation"]["id"] == installed["id"]
    assert payload["installation"]["account"]["login"] == "northwind"
    assert payload["installation"]["app_id"] == app["id"]
    assert sorted(r["name"] for r in payload["repositories"]) == [
        "orders-service",
        "platform-tools",
    ]
    assert set(payload["repositories"][0]) == {"id", "node_id", "name", "full_name", "private"}
    assert payload["sender"]["login"] == "olivia-owner"


def test_signature_does_not_verify_with_another_secret_or_body(
    gh: GitHubClient, remote: RecordingRemote, installed: dict[str, Any]
) -> None:
    [rec] = _received(remote)
    other = "sha256=" + hmac.new(b"wrong", rec.body, hashlib.sha256).hexdigest()
    assert other != rec.headers["x-hub-signature-256"]
    secret = gh.app()["webhookSecret"].encode()
    tampered = "sha256=" + hmac.new(secret, rec.body + b" ", hashlib.sha256).hexdigest()
    assert tampered != rec.headers["x-hub-signature-256"]


def test_suspend_unsuspend_delete_and_repository_changes(
    gh: GitHubClient, remote: RecordingRemote, installed: dict[str, Any]
) -> None:
    gh.change_repositories(installed["id"], add=["storefront-web"])
    gh.change_repositories(installed["id"], remove=["platform-tools"])
    gh.suspend(installed["id"])
    gh.unsuspend(installed["id"])
    gh.uninstall(installed["id"])
    payloads = [(r.headers["x-github-event"], _verify(gh, r)) for r in _received(remote)]
    assert [(e, p["action"]) for e, p in payloads] == [
        ("installation", "created"),
        ("installation_repositories", "added"),
        ("installation_repositories", "removed"),
        ("installation", "suspend"),
        ("installation", "unsuspend"),
        ("installation", "deleted"),
    ]
    added, removed = payloads[1][1], payloads[2][1]
    assert [r["name"] for r in added["repositories_added"]] == ["storefront-web"]
    assert added["repositories_removed"] == []
    assert added["repository_selection"] == "selected"
    assert [r["name"] for r in removed["repositories_removed"]] == ["platform-tools"]
    suspended = payloads[3][1]["installation"]
    assert suspended["suspended_at"] is not None
    assert suspended["suspended_by"]["login"] == "olivia-owner"
    assert payloads[4][1]["installation"]["suspended_at"] is None


def test_push_event_on_a_covered_repository(
    gh: GitHubClient, remote: RecordingRemote, installed: dict[str, Any]
) -> None:
    result = gh.push("northwind", "orders-service", {"src/new.py": "print(1)\n"}, "Add new")
    [rec] = _received(remote, "push")
    payload = _verify(gh, rec)
    assert payload["ref"] == "refs/heads/main"
    assert payload["before"] == result["before"]
    assert payload["after"] == result["commit"]
    assert len(payload["after"]) == 40
    assert payload["repository"]["full_name"] == "northwind/orders-service"
    assert payload["repository"]["default_branch"] == "main"
    assert payload["installation"]["id"] == installed["id"]
    assert payload["head_commit"]["id"] == result["commit"]
    assert payload["head_commit"]["added"] == ["src/new.py"]
    assert payload["commits"][0]["message"] == "Add new"
    # A repository outside the installation's selection fires nothing.
    gh.push("northwind", "storefront-web", {"a.txt": "a\n"})
    assert len(_received(remote, "push")) == 1


def test_pull_request_opened_synchronize_closed_reopened(
    gh: GitHubClient, remote: RecordingRemote, installed: dict[str, Any]
) -> None:
    opened = gh.open_pull(
        "northwind", "orders-service", "feature/x", {"x.py": "eval(input())\n"}, title="Add x"
    )
    base_sha = opened["base"]["sha"]
    synced = gh.push_to_pull("northwind", "orders-service", opened["number"], {"y.py": "pass\n"})
    gh.close_pull("northwind", "orders-service", opened["number"])
    gh.reopen_pull("northwind", "orders-service", opened["number"])
    prs = [_verify(gh, r) for r in _received(remote, "pull_request")]
    assert [p["action"] for p in prs] == ["opened", "synchronize", "closed", "reopened"]
    first = prs[0]
    assert first["number"] == 1
    assert first["pull_request"]["head"]["ref"] == "feature/x"
    assert first["pull_request"]["head"]["sha"] == opened["head"]["sha"]
    assert first["pull_request"]["base"]["ref"] == "main"
    assert first["pull_request"]["base"]["sha"] == base_sha
    assert first["pull_request"]["state"] == "open"
    assert first["pull_request"]["title"] == "Add x"
    assert first["installation"]["id"] == installed["id"]
    sync = prs[1]
    assert sync["before"] == opened["head"]["sha"]
    assert sync["after"] == synced["commit"]
    assert sync["pull_request"]["head"]["sha"] == synced["commit"]
    assert sync["pull_request"]["base"]["sha"] == base_sha
    assert prs[2]["pull_request"]["state"] == "closed"
    # The head branch's push fired too, on its own ref.
    pushes = [_verify(gh, r) for r in _received(remote, "push")]
    assert [p["ref"] for p in pushes] == ["refs/heads/feature/x"]


def test_failed_delivery_is_logged_and_redelivered_with_the_same_guid(
    gh: GitHubClient, remote: RecordingRemote
) -> None:
    remote.on(WEBHOOK_PATH, Reply(500), Reply(202))
    inst = gh.install("northwind")["installation"]
    [logged] = gh.deliveries(event="installation")
    assert logged["status_code"] == 500
    assert logged["installation_id"] == inst["id"]
    assert logged["redelivery"] is False
    again = gh.redeliver(logged["id"])
    assert again["status_code"] == 202
    assert again["redelivery"] is True
    assert again["guid"] == logged["guid"]
    assert again["id"] != logged["id"]
    first, second = _received(remote)
    assert first.body == second.body
    assert first.headers["x-github-delivery"] == second.headers["x-github-delivery"]
    assert first.headers["x-hub-signature-256"] == second.headers["x-hub-signature-256"]


def test_app_hook_deliveries_api_with_a_jwt(gh: GitHubClient, remote: RecordingRemote) -> None:
    remote.on(WEBHOOK_PATH, Reply(503), Reply(200))
    gh.install("northwind")
    jwt = gh.app_jwt()
    [item] = gh.api("GET", "/app/hook/deliveries", token=jwt).json()
    assert item["event"] == "installation"
    assert item["action"] == "created"
    assert item["status_code"] == 503
    detail = gh.api("GET", f"/app/hook/deliveries/{item['id']}", token=jwt).json()
    assert detail["request"]["headers"]["X-GitHub-Event"] == "installation"
    assert (
        gh.api("POST", f"/app/hook/deliveries/{item['id']}/attempts", token=jwt).status_code == 202
    )
    assert len(_received(remote)) == 2
    assert gh.api("GET", "/app/hook/deliveries").status_code == 401


def test_unreachable_webhook_url_is_logged_not_raised(gh: GitHubClient) -> None:
    gh.configure_app(webhookUrl="http://127.0.0.1:9/hook")
    gh.install("northwind")
    [logged] = gh.deliveries()
    assert logged["status_code"] == 0
    assert logged["status"].startswith("failed to connect")


def test_suspended_installation_gets_no_repository_events(
    gh: GitHubClient, remote: RecordingRemote, installed: dict[str, Any]
) -> None:
    gh.suspend(installed["id"])
    gh.push("northwind", "orders-service", {"a.txt": "a\n"})
    gh.open_pull("northwind", "orders-service", "feature/y", {"b.txt": "b\n"})
    assert _received(remote, "push") == []
    assert _received(remote, "pull_request") == []


def test_changing_the_selection_sends_added_then_removed(
    gh: GitHubClient, remote: RecordingRemote, installed: dict[str, Any]
) -> None:
    result = gh.set_repository_selection(installed["id"], ["orders-service", "storefront-web"])
    assert result["installation"]["repository_selection"] == "selected"
    events = [_verify(gh, r) for r in _received(remote, "installation_repositories")]
    assert [e["action"] for e in events] == ["added", "removed"]
    assert [r["name"] for r in events[0]["repositories_added"]] == ["storefront-web"]
    assert events[0]["repositories_removed"] == []
    assert [r["name"] for r in events[1]["repositories_removed"]] == ["platform-tools"]
    assert events[1]["repositories_added"] == []
