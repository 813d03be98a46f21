"""Bitbucket REST 2.0 subset: auth, scopes, pagination, filters, rate limits, faults."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest

from trace_emulator.testing import RunningEmulator

WS_UUID = "{4c16a397-8e48-479c-8ca2-442e46c90570}"
TOKEN_INVALID = {
    "type": "error",
    "error": {"message": "Token is invalid, expired, or not supported for this endpoint."},
}


def _get(emu: RunningEmulator, path: str, token: str, **params: object) -> httpx.Response:
    return httpx.get(
        emu.api_base_url + path,
        params=params or None,
        headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
    )


@pytest.fixture
def token(emu: RunningEmulator, installed: dict) -> str:
    return emu.client.mint_token(installed["id"], ttl=4 * 3600)["token"]


def test_workspace_by_slug_and_uuid(emu: RunningEmulator, token: str) -> None:
    by_slug = _get(emu, "/2.0/workspaces/acme", token)
    by_uuid = _get(emu, "/2.0/workspaces/" + quote(WS_UUID, safe=""), token)
    assert by_slug.status_code == by_uuid.status_code == 200
    assert by_slug.json() == by_uuid.json()
    doc = by_slug.json()
    assert doc["type"] == "workspace"
    assert doc["uuid"] == WS_UUID
    assert doc["slug"] == "acme"
    assert doc["name"] == "Acme Corp"
    assert set(doc["links"]) >= {"self", "html", "repositories", "avatar"}


def test_unknown_workspace_404_body(emu: RunningEmulator, token: str) -> None:
    resp = _get(emu, "/2.0/workspaces/nope", token)
    assert resp.status_code == 404
    assert resp.json() == {
        "type": "error",
        "error": {"message": "No workspace with identifier 'nope'."},
    }


def test_token_of_one_workspace_does_not_reach_another(emu: RunningEmulator, token: str) -> None:
    assert _get(emu, "/2.0/repositories/bulk", token).status_code == 404


def test_missing_expired_revoked_unknown_tokens_get_401(
    emu: RunningEmulator, installed: dict, token: str
) -> None:
    assert httpx.get(emu.api_base_url + "/2.0/repositories/acme").status_code == 401
    assert _get(emu, "/2.0/repositories/acme", "not-a-token").json() == TOKEN_INVALID
    short = emu.client.mint_token(installed["id"], ttl=60)["token"]
    assert _get(emu, "/2.0/repositories/acme", short).status_code == 200
    emu.client.advance(61)
    expired = _get(emu, "/2.0/repositories/acme", short)
    assert expired.status_code == 401
    assert expired.json() == TOKEN_INVALID
    assert _get(emu, "/2.0/repositories/acme", token).status_code == 200
    emu.client.uninstall(installed["id"])
    revoked = _get(emu, "/2.0/repositories/acme", token)
    assert revoked.status_code == 401
    assert revoked.json() == TOKEN_INVALID


def test_basic_auth_is_not_accepted_by_rest(emu: RunningEmulator, token: str) -> None:
    resp = httpx.get(emu.api_base_url + "/2.0/repositories/acme", auth=("x-token-auth", token))
    assert resp.status_code == 401


def test_missing_scope_403_lists_granted_and_required(
    emu: RunningEmulator, installed: dict
) -> None:
    narrow = emu.client.mint_token(installed["id"], scopes=["read:workspace:bitbucket"])["token"]
    resp = _get(emu, "/2.0/repositories/acme", narrow)
    assert resp.status_code == 403
    assert resp.json() == {
        "type": "error",
        "error": {
            "message": "Your credentials lack one or more required privilege scopes.",
            "detail": {
                "granted": ["read:workspace:bitbucket"],
                "required": ["read:repository:bitbucket"],
            },
        },
    }
    assert _get(emu, "/2.0/workspaces/acme", narrow).status_code == 200


def test_pagination_walks_250_repositories(emu: RunningEmulator) -> None:
    inst = emu.client.install("bulk")["installation"]
    token = emu.client.mint_token(inst["id"])["token"]
    first = _get(emu, "/2.0/repositories/bulk", token)
    assert first.status_code == 200
    page = first.json()
    assert page["pagelen"] == 10
    assert page["size"] == 250
    assert page["page"] == 1
    assert len(page["values"]) == 10
    seen: list[str] = []
    url: str | None = emu.api_base_url + "/2.0/repositories/bulk?pagelen=100"
    pages = 0
    while url:
        assert url.startswith("http://127.0.0.1:")  # absolute next
        resp = httpx.get(url, headers={"Authorization": f"Bearer {token}"})
        assert resp.status_code == 200
        body = resp.json()
        seen.extend(v["uuid"] for v in body["values"])
        url = body.get("next")
        pages += 1
    assert pages == 3
    assert len(seen) == len(set(seen)) == 250


def test_pagelen_over_100_is_400(emu: RunningEmulator, token: str) -> None:
    resp = _get(emu, "/2.0/repositories/acme", token, pagelen=101)
    assert resp.status_code == 400
    assert resp.json()["error"]["message"] == "Invalid pagelen"


def test_query_sort_and_fields(emu: RunningEmulator, token: str) -> None:
    names = lambda r: [v["slug"] for v in r.json()["values"]]  # noqa: E731
    assert names(_get(emu, "/2.0/repositories/acme", token, q='project.key="PAY"')) == [
        "payments-api",
        "secret-lab",
    ]
    assert names(_get(emu, "/2.0/repositories/acme", token, q="is_private=false")) == [
        "web-storefront"
    ]
    assert names(
        _get(
            emu,
            "/2.0/repositories/acme",
            token,
            q='updated_on>"2026-06-15T00:00:00Z"',
            sort="-updated_on",
        )
    ) == ["payments-api", "web-storefront"]
    assert names(_get(emu, "/2.0/repositories/acme", token, q='name~"store"')) == ["web-storefront"]
    bad = _get(emu, "/2.0/repositories/acme", token, q="nosuchfield=1")
    assert bad.status_code == 400
    assert bad.json()["type"] == "error"
    partial = _get(
        emu, "/2.0/repositories/acme", token, fields="next,values.uuid,values.full_name", pagelen=2
    ).json()
    assert set(partial) == {"values", "next"}
    assert all(set(v) == {"uuid", "full_name"} for v in partial["values"])


def test_repository_by_slug_and_uuid_and_shape(emu: RunningEmulator, token: str) -> None:
    doc = _get(emu, "/2.0/repositories/acme/payments-api", token).json()
    assert doc["full_name"] == "acme/payments-api"
    assert doc["type"] == "repository"
    again = _get(emu, "/2.0/repositories/acme/" + quote(doc["uuid"], safe=""), token).json()
    assert again == doc
    assert doc["mainbranch"] == {"type": "branch", "name": "main"}
    assert doc["project"]["key"] == "PAY"
    assert doc["workspace"]["slug"] == "acme"
    clone = {c["name"]: c["href"] for c in doc["links"]["clone"]}
    assert clone["https"] == emu.git_base_url + "/acme/payments-api.git"
    missing = _get(emu, "/2.0/repositories/acme/nope", token)
    assert missing.status_code == 404
    assert missing.json()["type"] == "error"


def test_rate_limit_headers_and_429(emu: RunningEmulator, token: str) -> None:
    emu.client.config(rate_limit_repositories=3)
    for _ in range(3):
        ok = _get(emu, "/2.0/repositories/acme", token)
        assert ok.status_code == 200
        assert ok.headers["X-RateLimit-Limit"] == "3"
        assert ok.headers["X-RateLimit-Resource"] == "api/repositories"
        assert ok.headers["X-RateLimit-NearLimit"] in ("true", "false")
    limited = _get(emu, "/2.0/repositories/acme", token)
    assert limited.status_code == 429
    assert limited.json() == {
        "type": "error",
        "error": {"message": "Rate limit for this resource has been exceeded."},
    }
    assert int(limited.headers["Retry-After"]) > 0
    emu.client.advance(3601)  # rolling one-hour window
    assert _get(emu, "/2.0/repositories/acme", token).status_code == 200


def test_fault_switches(emu: RunningEmulator, token: str) -> None:
    emu.client.config(fault_html_404=True, fault_clone_userinfo=True, fault_5xx_next=1)
    assert _get(emu, "/2.0/repositories/acme", token).status_code == 500
    html = _get(emu, "/2.0/repositories/acme/nope", token)
    assert html.status_code == 404
    assert html.headers["content-type"].startswith("text/html")
    assert len(html.text) > 10_000
    doc = _get(emu, "/2.0/repositories/acme/payments-api", token).json()
    https = next(c["href"] for c in doc["links"]["clone"] if c["name"] == "https")
    assert "@127.0.0.1" in https
    emu.client.config(fault_slow_seconds=0.3)
    resp = _get(emu, "/2.0/workspaces/acme", token)
    assert resp.status_code == 200
    assert resp.elapsed.total_seconds() >= 0.3


def test_restricted_repository_visibility_switch(emu: RunningEmulator, token: str) -> None:
    slugs = lambda: [v["slug"] for v in _get(emu, "/2.0/repositories/acme", token).json()["values"]]  # noqa: E731
    assert "secret-lab" in slugs()
    emu.client.config(bot_sees_all_repositories=False)
    assert "secret-lab" not in slugs()


def test_installation_details_api(emu: RunningEmulator, installed: dict, token: str) -> None:
    url = (
        f"{emu.base_url}/forge/installation/v1/{emu.app_id}/{emu.info['environmentId']}"
        f"/installation/{installed['ari']}"
    )
    first = httpx.get(url, headers={"Authorization": f"Bearer {token}"})
    assert first.status_code == 200
    assert first.json()["installationContext"]["id"] == (
        "ari:cloud:bitbucket::workspace/4c16a397-8e48-479c-8ca2-442e46c90570"
    )
    assert "read:repository:bitbucket" in first.json()["permissions"]["scopes"]
    second = httpx.get(url, headers={"Authorization": f"Bearer {token}"})
    assert second.status_code == 429
    assert int(second.headers["Retry-After"]) > 0


def test_add_rename_delete_repository_through_control_plane(
    emu: RunningEmulator, token: str
) -> None:
    added = emu.client.add_repository("acme", "new-service", project="WEB", language="go")
    doc = _get(emu, "/2.0/repositories/acme/new-service", token).json()
    assert doc["uuid"] == added["uuid"]
    assert doc["project"]["key"] == "WEB"
    renamed = emu.client.rename_repository("acme", "new-service", "renamed-service")
    assert renamed["uuid"] == added["uuid"]
    assert _get(emu, "/2.0/repositories/acme/new-service", token).status_code == 404
    by_uuid = _get(emu, "/2.0/repositories/acme/" + quote(added["uuid"], safe=""), token).json()
    assert by_uuid["full_name"] == "acme/renamed-service"
    emu.client.delete_repository("acme", "renamed-service")
    listed = _get(emu, "/2.0/repositories/acme", token).json()["values"]
    assert added["uuid"] not in [v["uuid"] for v in listed]
