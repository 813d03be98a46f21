"""App JWT verification, installation tokens and `/installation/repositories`, over HTTP."""

from __future__ import annotations

import time
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from trace_emulator.github.testing import GitHubClient, GitHubControlError


def _jwt(gh: GitHubClient, **claims: Any) -> str:
    app = gh.app()
    now = int(time.time())
    body = {"iat": now - 60, "exp": now + 540, "iss": str(app["id"]), **claims}
    return jwt.encode(
        {k: v for k, v in body.items() if v is not None}, app["privateKeyPem"], "RS256"
    )


def _other_key_pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    ).decode()


def test_app_endpoint_accepts_a_valid_jwt_by_app_id_or_client_id(gh: GitHubClient) -> None:
    app = gh.app()
    for iss in (str(app["id"]), app["clientId"]):
        resp = gh.api("GET", "/app", token=_jwt(gh, iss=iss))
        assert resp.status_code == 200, resp.text
        assert resp.json()["id"] == app["id"]
        assert resp.json()["slug"] == app["slug"]


# Times are offsets from the moment the test runs (not from collection, which may be minutes
# earlier in a full run): None stays a missing claim.
@pytest.mark.parametrize(
    ("offsets", "message"),
    [
        ({"exp": -10, "iat": -100}, "'Expiration time'"),
        ({"iat": 120, "exp": 300}, "'Issued at'"),
        ({"iat": -60, "exp": 900}, "too far in the future"),
        ({"iss": "999"}, "'Issuer'"),
        ({"iat": None}, "'Issued at'"),
    ],
)
def test_bad_jwt_claims_are_refused_with_githubs_error_body(
    gh: GitHubClient, offsets: dict[str, Any], message: str
) -> None:
    now = int(time.time())
    claims = {
        key: now + value if key in ("iat", "exp") and value is not None else value
        for key, value in offsets.items()
    }
    resp = gh.api("GET", "/app/installations", token=_jwt(gh, **claims))
    assert resp.status_code == 401
    body = resp.json()
    assert message in body["message"]
    assert body["documentation_url"].startswith("https://docs.github.com/")


def test_jwt_signed_by_another_key_or_not_a_jwt_is_refused(gh: GitHubClient) -> None:
    app = gh.app()
    now = int(time.time())
    forged = jwt.encode(
        {"iat": now - 60, "exp": now + 500, "iss": str(app["id"])}, _other_key_pem(), "RS256"
    )
    for token in (forged, "not-a-jwt", ""):
        resp = gh.api("GET", "/app", token=token or None)
        assert resp.status_code == 401
        assert set(resp.json()) >= {"message", "documentation_url"}


def test_hs256_jwt_with_the_public_key_as_secret_is_refused(gh: GitHubClient) -> None:
    app = gh.app()
    now = int(time.time())
    token = jwt.encode(
        {"iat": now - 60, "exp": now + 500, "iss": str(app["id"])}, "x" * 32, "HS256"
    )
    assert gh.api("GET", "/app", token=token).status_code == 401


def test_installations_list_and_get(gh: GitHubClient, installed: dict[str, Any]) -> None:
    token = gh.app_jwt()
    resp = gh.api("GET", "/app/installations", token=token)
    assert resp.status_code == 200
    [inst] = resp.json()
    assert inst["id"] == installed["id"]
    assert inst["account"]["login"] == "northwind"
    assert inst["target_type"] == "Organization"
    assert inst["repository_selection"] == "selected"
    assert inst["permissions"] == {
        "checks": "write", "contents": "read", "metadata": "read", "pull_requests": "read",
    }  # fmt: skip
    one = gh.api("GET", f"/app/installations/{installed['id']}", token=token)
    assert one.json()["access_tokens_url"].endswith(
        f"/app/installations/{installed['id']}/access_tokens"
    )
    assert gh.api("GET", "/app/installations/1", token=token).status_code == 404


def test_access_token_shape_and_expiry_on_the_emulator_clock(
    emu: Any, gh: GitHubClient, installed: dict[str, Any]
) -> None:
    body = gh.installation_token(installed["id"])
    assert body["token"].startswith("ghs_")
    assert len(body["token"]) == 40
    assert body["expires_at"].endswith("Z")
    assert body["repository_selection"] == "selected"
    assert gh.api("GET", "/installation/repositories", token=body["token"]).status_code == 200
    emu.client.advance(3599)
    assert gh.api("GET", "/installation/repositories", token=body["token"]).status_code == 200
    emu.client.advance(2)
    expired = gh.api("GET", "/installation/repositories", token=body["token"])
    assert expired.status_code == 401
    assert expired.json()["message"] == "Bad credentials"


def test_token_narrowed_to_one_repository_sees_only_it(
    gh: GitHubClient, installed: dict[str, Any]
) -> None:
    body = gh.installation_token(
        installed["id"], repositories=["platform-tools"], permissions={"contents": "read"}
    )
    assert body["permissions"] == {"contents": "read", "metadata": "read"}
    assert [r["full_name"] for r in body["repositories"]] == ["northwind/platform-tools"]
    listing = gh.api("GET", "/installation/repositories", token=body["token"]).json()
    assert listing["total_count"] == 1
    assert [r["name"] for r in listing["repositories"]] == ["platform-tools"]
    by_id = gh.installation_token(installed["id"], repository_ids=[body["repositories"][0]["id"]])
    assert by_id["repository_selection"] == "selected"


@pytest.mark.parametrize(
    "narrowing",
    [
        {"repositories": ["storefront-web"]},  # in the org, not in the installation
        {"repositories": ["dotfiles"]},  # another account's repository
        {"repository_ids": [123]},
        {"permissions": {"contents": "write"}},
        {"permissions": {"administration": "read"}},
        {"permissions": {"checks": "bogus"}},
    ],
)
def test_narrowing_beyond_the_grant_is_refused_with_422(
    gh: GitHubClient, installed: dict[str, Any], narrowing: dict[str, Any]
) -> None:
    resp = gh.api(
        "POST",
        f"/app/installations/{installed['id']}/access_tokens",
        token=gh.app_jwt(),
        json=narrowing,
    )
    assert resp.status_code == 422, resp.text
    assert resp.json()["documentation_url"].startswith("https://docs.github.com/")


def test_installation_tokens_need_a_jwt_not_a_token(
    gh: GitHubClient, installed: dict[str, Any]
) -> None:
    token = gh.installation_token(installed["id"])["token"]
    resp = gh.api("POST", f"/app/installations/{installed['id']}/access_tokens", token=token)
    assert resp.status_code == 401


def test_pagination_follows_link_headers_to_the_end(gh: GitHubClient) -> None:
    inst = gh.install("globex")["installation"]
    token = gh.installation_token(inst["id"])["token"]
    names: list[str] = []
    url: str | None = "/installation/repositories"
    params: dict[str, Any] | None = {"per_page": 20}
    pages = 0
    while url:
        resp = gh.api("GET", url, token=token, params=params)
        assert resp.status_code == 200
        body = resp.json()
        assert body["total_count"] == 45
        names += [r["name"] for r in body["repositories"]]
        pages += 1
        link = resp.headers.get("link", "")
        nxt = [p for p in link.split(", ") if p.endswith('rel="next"')]
        url = nxt[0][1 : nxt[0].index(">")].removeprefix(gh.api_url) if nxt else None
        params = None
    assert pages == 3
    assert len(names) == len(set(names)) == 45
    last = gh.api(
        "GET", "/installation/repositories", token=token, params={"per_page": 20, "page": 3}
    )
    assert 'rel="prev"' in last.headers["link"]
    assert 'rel="next"' not in last.headers["link"]


def test_rate_limit_headers_and_exhaustion(gh: GitHubClient, installed: dict[str, Any]) -> None:
    token = gh.installation_token(installed["id"])["token"]
    first = gh.api("GET", "/installation/repositories", token=token)
    assert first.headers["x-ratelimit-limit"] == "5000"
    assert first.headers["x-ratelimit-remaining"] == "4999"
    assert first.headers["x-ratelimit-used"] == "1"
    assert first.headers["x-ratelimit-resource"] == "core"
    assert int(first.headers["x-ratelimit-reset"]) > time.time()
    gh.rate_limit(installation=installed["id"], remaining=0)
    refused = gh.api("GET", "/installation/repositories", token=token)
    assert refused.status_code == 403
    assert refused.headers["x-ratelimit-remaining"] == "0"
    assert refused.json()["message"].startswith(
        f"API rate limit exceeded for installation ID {installed['id']}."
    )
    gh.rate_limit(status=429)
    assert gh.api("GET", "/installation/repositories", token=token).status_code == 429
    gh.rate_limit(reset=True, secondaryRetryAfter=60)
    secondary = gh.api("GET", "/installation/repositories", token=token)
    assert secondary.status_code == 403
    assert secondary.headers["retry-after"] == "60"
    assert "secondary rate limit" in secondary.json()["message"]
    gh.rate_limit(reset=True)
    assert gh.api("GET", "/installation/repositories", token=token).status_code == 200


def test_rate_limit_window_resets_after_an_hour(
    emu: Any, gh: GitHubClient, installed: dict[str, Any]
) -> None:
    gh.rate_limit(installation=installed["id"], remaining=0)
    token = gh.installation_token(installed["id"])["token"]
    assert gh.api("GET", "/installation/repositories", token=token).status_code == 403
    emu.client.advance(3601)
    token = gh.installation_token(installed["id"])["token"]
    assert gh.api("GET", "/installation/repositories", token=token).status_code == 200


def test_suspend_revokes_tokens_and_refuses_new_ones(
    gh: GitHubClient, installed: dict[str, Any]
) -> None:
    token = gh.installation_token(installed["id"])["token"]
    gh.suspend(installed["id"])
    assert gh.api("GET", "/installation/repositories", token=token).status_code == 401
    resp = gh.api("POST", f"/app/installations/{installed['id']}/access_tokens", token=gh.app_jwt())
    assert resp.status_code == 403
    assert resp.json()["message"] == "This installation has been suspended"
    gh.unsuspend(installed["id"])
    assert gh.installation_token(installed["id"])["token"] != token


def test_uninstall_revokes_tokens_and_forgets_the_installation(
    gh: GitHubClient, installed: dict[str, Any]
) -> None:
    token = gh.installation_token(installed["id"])["token"]
    result = gh.uninstall(installed["id"])
    assert result["revokedTokens"] == 1
    assert gh.api("GET", "/installation/repositories", token=token).status_code == 401
    resp = gh.api("POST", f"/app/installations/{installed['id']}/access_tokens", token=gh.app_jwt())
    assert resp.status_code == 404
    with pytest.raises(GitHubControlError):
        gh.suspend(installed["id"])


def test_revoke_own_token(gh: GitHubClient, installed: dict[str, Any]) -> None:
    token = gh.installation_token(installed["id"])["token"]
    assert gh.api("DELETE", "/installation/token", token=token).status_code == 204
    refused = gh.api("GET", "/installation/repositories", token=token)
    assert (refused.status_code, refused.json()["message"]) == (401, "Bad credentials")
    assert gh.api("DELETE", "/installation/token", token=token).status_code == 401


def test_jwt_clock_can_follow_the_emulator_clock(emu: Any, gh: GitHubClient) -> None:
    jwt_now = gh.app_jwt()
    emu.client.advance(3600)
    assert gh.api("GET", "/app", token=jwt_now).status_code == 200  # wall clock by default
    gh.settings(jwtClock="emulator")
    assert gh.api("GET", "/app", token=jwt_now).status_code == 401
    assert gh.api("GET", "/app", token=gh.app_jwt(now=emu.client.clock()["now"])).status_code == 200


def test_new_renamed_and_deleted_repositories_in_the_listing(
    gh: GitHubClient, installed: dict[str, Any]
) -> None:
    all_repos = gh.install("globex")["installation"]
    created = gh.create_repository("globex", "brand-new", private=False)
    renamed = gh.rename_repository("globex", "svc-000", "svc-zero")
    gh.delete_repository("globex", "svc-001")
    token = gh.installation_token(all_repos["id"])["token"]
    listing = gh.api("GET", "/installation/repositories", token=token, params={"per_page": 100})
    by_id = {r["id"]: r["name"] for r in listing.json()["repositories"]}
    assert listing.json()["total_count"] == 45
    assert by_id[created["id"]] == "brand-new"
    assert by_id[renamed["id"]] == "svc-zero"
    assert "svc-001" not in by_id.values()
    with pytest.raises(GitHubControlError) as clash:
        gh.rename_repository("globex", "svc-zero", "svc-002")
    assert clash.value.status == 409
