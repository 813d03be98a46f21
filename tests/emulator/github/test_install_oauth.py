"""The install page → setup URL redirect, the OAuth web flow and `GET /user/installations`."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.emulator.recorder import RecordingRemote
from trace_emulator.github.testing import GitHubClient, GitHubControlError


def _account_id(gh: GitHubClient, login: str) -> int:
    return next(a["id"] for a in gh.accounts() if a["login"] == login)


def _repo_id(gh: GitHubClient, full_name: str) -> int:
    owner = full_name.split("/")[0]
    account = next(a for a in gh.accounts() if a["login"] == owner)
    return next(r["id"] for r in account["repositories"] if r["full_name"] == full_name)


def _query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_install_page_redirects_to_the_setup_url(gh: GitHubClient) -> None:
    app = gh.app()
    location = gh.install_in_browser("olivia-owner", _account_id(gh, "northwind"), state="abc")
    assert location.startswith(app["setupUrl"])
    query = _query(location)
    assert query["setup_action"] == "install"
    assert query["state"] == "abc"
    [inst] = gh.installations()
    assert str(inst["id"]) == query["installation_id"]
    assert inst["repository_selection"] == "all"


def test_install_on_selected_repositories_then_configure_is_an_update(gh: GitHubClient) -> None:
    org = _account_id(gh, "northwind")
    orders = _repo_id(gh, "northwind/orders-service")
    tools = _repo_id(gh, "northwind/platform-tools")
    first = gh.install_in_browser("olivia-owner", org, repository_ids=[orders])
    [inst] = gh.installations()
    assert inst["repository_selection"] == "selected"
    again = gh.install_in_browser("olivia-owner", org, repository_ids=[orders, tools])
    assert _query(again)["setup_action"] == "update"
    assert _query(again)["installation_id"] == _query(first)["installation_id"]
    [added] = gh.deliveries(event="installation_repositories")
    assert added["request"]["payload"]["action"] == "added"
    assert [r["name"] for r in added["request"]["payload"]["repositories_added"]] == [
        "platform-tools"
    ]


def test_members_cannot_install_on_their_organization(gh: GitHubClient) -> None:
    with pytest.raises(GitHubControlError) as refused:
        gh.install_in_browser("dan-dev", _account_id(gh, "northwind"))
    assert refused.value.status == 404
    # …but may install on their own account.
    location = gh.install_in_browser("dan-dev", _account_id(gh, "dan-dev"))
    assert _query(location)["setup_action"] == "install"


def test_install_page_needs_a_signed_in_user(gh: GitHubClient) -> None:
    slug = gh.app()["slug"]
    resp = httpx.get(f"{gh.web_url}/apps/{slug}/installations/new", trust_env=False)
    assert resp.status_code == 302
    assert resp.headers["location"].startswith("/github/login?return_to=")
    with gh.browser("olivia-owner") as browser:
        page = browser.get(f"/github/apps/{slug}/installations/new")
    assert page.status_code == 200
    assert "northwind" in page.text
    assert "globex" in page.text
    assert "oscar-outsider" not in page.text


def test_oauth_flow_gives_a_user_token_that_lists_accessible_installations(
    gh: GitHubClient,
) -> None:
    northwind = gh.install("northwind")["installation"]
    oscar = gh.install("oscar-outsider")["installation"]
    app = gh.app()
    code = gh.authorize("dan-dev", state="s-1")
    resp = httpx.post(
        f"{gh.web_url}/login/oauth/access_token",
        data={"client_id": app["clientId"], "client_secret": app["clientSecret"], "code": code},
        headers={"Accept": "application/json"},
        trust_env=False,
    )
    body = resp.json()
    assert body["access_token"].startswith("ghu_")
    assert body["refresh_token"].startswith("ghr_")
    assert body["expires_in"] == 8 * 3600
    assert body["token_type"] == "bearer"
    listed = gh.api("GET", "/user/installations", token=body["access_token"]).json()
    assert [i["id"] for i in listed["installations"]] == [northwind["id"]]
    assert listed["total_count"] == 1
    assert oscar["id"] not in [i["id"] for i in listed["installations"]]
    me = gh.api("GET", "/user", token=body["access_token"]).json()
    assert me["login"] == "dan-dev"


def test_oauth_code_is_single_use_and_checked(gh: GitHubClient) -> None:
    app = gh.app()
    code = gh.authorize("olivia-owner")
    url = f"{gh.web_url}/login/oauth/access_token"
    form = {"client_id": app["clientId"], "client_secret": app["clientSecret"], "code": code}
    wrong_secret = httpx.post(url, data={**form, "client_secret": "nope"}, trust_env=False)
    assert _query("?" + wrong_secret.text)["error"] == "incorrect_client_credentials"
    ok = httpx.post(url, data=form, trust_env=False)
    assert ok.status_code == 200
    assert _query("?" + ok.text)["access_token"].startswith("ghu_")
    reused = httpx.post(url, data=form, trust_env=False)
    assert _query("?" + reused.text)["error"] == "bad_verification_code"
    bogus = httpx.post(url, data={**form, "code": "deadbeef"}, trust_env=False)
    assert _query("?" + bogus.text)["error"] == "bad_verification_code"


def test_oauth_code_expires_after_ten_minutes(emu: Any, gh: GitHubClient) -> None:
    app = gh.app()
    code = gh.authorize("olivia-owner")
    emu.client.advance(601)
    resp = httpx.post(
        f"{gh.web_url}/login/oauth/access_token",
        data={"client_id": app["clientId"], "client_secret": app["clientSecret"], "code": code},
        trust_env=False,
    )
    assert _query("?" + resp.text)["error"] == "bad_verification_code"


def test_oauth_refuses_unregistered_redirects_and_clients(gh: GitHubClient) -> None:
    app = gh.app()
    with gh.browser("olivia-owner") as browser:
        evil = browser.get(
            "/github/login/oauth/authorize",
            params={"client_id": app["clientId"], "redirect_uri": "http://evil.example/cb"},
        )
        unknown = browser.get("/github/login/oauth/authorize", params={"client_id": "Iv1.nope"})
    assert evil.status_code == 400
    assert unknown.status_code == 404


def test_oauth_asks_once_then_redirects_at_once(gh: GitHubClient) -> None:
    app = gh.app()
    params = {"client_id": app["clientId"], "state": "xyz"}
    with gh.browser("olivia-owner") as browser:
        prompt = browser.get("/github/login/oauth/authorize", params=params)
        assert prompt.status_code == 200
        assert "Authorize" in prompt.text
        approved = browser.post("/github/login/oauth/authorize", params=params)
        assert approved.status_code == 302
        again = browser.get("/github/login/oauth/authorize", params=params)
    assert again.status_code == 302
    assert again.headers["location"].startswith(app["callbackUrl"])
    assert _query(again.headers["location"])["state"] == "xyz"


def test_user_token_refresh_and_expiry(emu: Any, gh: GitHubClient) -> None:
    app = gh.app()
    code = gh.authorize("olivia-owner")
    url = f"{gh.web_url}/login/oauth/access_token"
    creds = {"client_id": app["clientId"], "client_secret": app["clientSecret"]}
    first = httpx.post(
        url, data={**creds, "code": code}, headers={"Accept": "application/json"}, trust_env=False
    ).json()
    emu.client.advance(8 * 3600 + 1)
    assert gh.api("GET", "/user/installations", token=first["access_token"]).status_code == 401
    refreshed = httpx.post(
        url,
        data={**creds, "grant_type": "refresh_token", "refresh_token": first["refresh_token"]},
        headers={"Accept": "application/json"},
        trust_env=False,
    ).json()
    assert gh.api("GET", "/user/installations", token=refreshed["access_token"]).status_code == 200


def test_request_oauth_on_install_sends_a_code_to_the_callback(
    gh: GitHubClient, remote: RecordingRemote
) -> None:
    gh.configure_app(requestOauthOnInstall=True)
    location = gh.install_in_browser("olivia-owner", _account_id(gh, "northwind"), state="st")
    app = gh.app()
    assert location.startswith(app["callbackUrl"])
    query = _query(location)
    assert query["setup_action"] == "install"
    assert query["state"] == "st"
    resp = httpx.post(
        f"{gh.web_url}/login/oauth/access_token",
        data={
            "client_id": app["clientId"],
            "client_secret": app["clientSecret"],
            "code": query["code"],
        },
        headers={"Accept": "application/json"},
        trust_env=False,
    ).json()
    listed = gh.api("GET", "/user/installations", token=resp["access_token"]).json()
    assert [str(i["id"]) for i in listed["installations"]] == [query["installation_id"]]


def test_installation_settings_page_suspends_and_uninstalls(gh: GitHubClient) -> None:
    inst = gh.install("northwind")["installation"]
    base = f"/github/settings/installations/{inst['id']}"
    with gh.browser("dan-dev") as member:
        assert member.get(base).status_code == 404
        assert member.post(base + "/uninstall").status_code == 404
    with gh.browser("olivia-owner") as owner:
        assert owner.get(base).status_code == 200
        assert owner.post(base + "/suspend").status_code == 303
        assert "Suspended" in owner.get(base).text
        assert owner.post(base + "/uninstall").status_code == 303
    actions = [d["action"] for d in gh.deliveries(event="installation")]
    assert actions == ["created", "suspend", "deleted"]


def test_user_sees_repositories_only_of_installations_they_can_access(gh: GitHubClient) -> None:
    northwind = gh.install("northwind", repositories=["orders-service"])["installation"]
    oscar = gh.install("oscar-outsider")["installation"]
    app = gh.app()
    code = gh.authorize("dan-dev")
    token = httpx.post(
        f"{gh.web_url}/login/oauth/access_token",
        data={"client_id": app["clientId"], "client_secret": app["clientSecret"], "code": code},
        headers={"Accept": "application/json"},
        trust_env=False,
    ).json()["access_token"]
    mine = gh.api("GET", f"/user/installations/{northwind['id']}/repositories", token=token)
    assert mine.status_code == 200
    assert [r["full_name"] for r in mine.json()["repositories"]] == ["northwind/orders-service"]
    other = gh.api("GET", f"/user/installations/{oscar['id']}/repositories", token=token)
    assert other.status_code == 404
    by_repo = gh.api("GET", "/repos/northwind/orders-service/installation", token=gh.app_jwt())
    assert by_repo.json()["id"] == northwind["id"]
    uncovered = gh.api("GET", "/repos/northwind/storefront-web/installation", token=gh.app_jwt())
    assert uncovered.status_code == 404
