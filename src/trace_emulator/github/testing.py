"""Drive the emulated GitHub from tests: `RunningEmulator.github` is a `GitHubClient`.

gh = emu.github
app = gh.app()                                   # id, clientId/Secret, webhookSecret, PEM
gh.configure_app(webhookUrl="http://127.0.0.1:8123/gh/webhook")
inst = gh.install("northwind", repositories=["orders-service"])["installation"]
jwt = gh.app_jwt()                               # a valid App JWT (RS256, 9 min)
token = gh.api("POST", f"/app/installations/{inst['id']}/access_tokens", token=jwt).json()
code = gh.authorize("olivia-owner", state="s1")  # the OAuth web flow, over HTTP
gh.push("northwind", "orders-service", {"app.py": "print(1)\n"})
gh.open_pull("northwind", "orders-service", "feature/x", {"app.py": "..."})
gh.deliveries(event="push"); gh.redeliver(delivery_id)
gh.rate_limit(remaining=0)                       # the next API call is refused
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from trace_emulator.github.app import app_jwt


class GitHubControlError(RuntimeError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class GitHubClient:
    def __init__(self, base_url: str, timeout: float = 60.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.web_url = self.base_url + "/github"
        self.api_url = self.web_url + "/api/v3"
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, trust_env=False)

    def close(self) -> None:
        self._http.close()

    def _call(self, method: str, path: str, body: Any = None, **params: Any) -> Any:
        query = {k: v for k, v in params.items() if v is not None}
        resp = self._http.request(method, "/_emu/github" + path, json=body, params=query)
        data = resp.json()
        if resp.status_code >= 400:
            raise GitHubControlError(resp.status_code, str(data.get("error", data)))
        return data

    # ------------------------------------------------------------ the App
    def app(self) -> dict[str, Any]:
        """The registration: ids, client secret, webhook secret, private key PEM, URLs."""
        return self._call("GET", "/app")

    def configure_app(self, **changes: Any) -> dict[str, Any]:
        """webhookUrl, setupUrl, callbackUrl, webhookActive, requestOauthOnInstall, …"""
        return self._call("POST", "/app", changes)

    def app_jwt(self, now: float | None = None) -> str:
        app = self.app()
        return app_jwt(app["id"], app["privateKeyPem"], now)

    def api(
        self, method: str, path: str, *, token: str | None = None, json: Any = None,
        params: dict[str, Any] | None = None,
    ) -> httpx.Response:  # fmt: skip
        """A REST call under `/github/api/v3` with `Authorization: Bearer <token>`."""
        headers = {"Accept": "application/vnd.github+json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return self._http.request(
            method, self.api_url + path, headers=headers, json=json, params=params
        )

    def installation_token(self, installation_id: int, **narrowing: Any) -> dict[str, Any]:
        resp = self.api(
            "POST",
            f"/app/installations/{installation_id}/access_tokens",
            token=self.app_jwt(),
            json=narrowing or None,
        )
        if resp.status_code != 201:
            raise GitHubControlError(resp.status_code, resp.text)
        return dict(resp.json())

    # ------------------------------------------------------------ accounts and installations
    def accounts(self) -> list[dict[str, Any]]:
        return self._call("GET", "/accounts")["accounts"]

    def install(
        self, account: str, repositories: Any = "all", installer: str | None = None
    ) -> dict[str, Any]:
        body = {"account": account, "repositories": repositories, "installer": installer}
        return self._call("POST", "/installations", body)

    def installations(self) -> list[dict[str, Any]]:
        return self._call("GET", "/installations")["installations"]

    def suspend(self, installation_id: int, by: str | None = None) -> dict[str, Any]:
        return self._call("POST", f"/installations/{installation_id}/suspend", {"by": by})

    def unsuspend(self, installation_id: int, by: str | None = None) -> dict[str, Any]:
        return self._call("POST", f"/installations/{installation_id}/unsuspend", {"by": by})

    def uninstall(self, installation_id: int, by: str | None = None) -> dict[str, Any]:
        return self._call("DELETE", f"/installations/{installation_id}", by=by)

    def change_repositories(
        self, installation_id: int, add: list[str] | None = None, remove: list[str] | None = None
    ) -> dict[str, Any]:
        body = {"add": add or [], "remove": remove or []}
        return self._call("POST", f"/installations/{installation_id}/repositories", body)

    def set_repository_selection(self, installation_id: int, selection: Any) -> dict[str, Any]:
        """What the installation settings page does: "all" or a list of repository names."""
        body = {"selection": selection}
        return self._call("POST", f"/installations/{installation_id}/repositories", body)

    # ------------------------------------------------------------ repositories
    def create_repository(self, owner: str, name: str, **fields: Any) -> dict[str, Any]:
        return self._call("POST", f"/accounts/{owner}/repositories", {"name": name, **fields})

    def rename_repository(self, owner: str, repo: str, new_name: str) -> dict[str, Any]:
        return self._call("PATCH", f"/repos/{owner}/{repo}", {"name": new_name})

    def delete_repository(self, owner: str, repo: str) -> None:
        self._call("DELETE", f"/repos/{owner}/{repo}")

    def push(
        self, owner: str, repo: str, files: dict[str, str | None], message: str = "Update",
        branch: str | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        body = {"files": files, "message": message, "branch": branch}
        return self._call("POST", f"/repos/{owner}/{repo}/commits", body)

    def open_pull(
        self, owner: str, repo: str, head: str, files: dict[str, str | None],
        title: str | None = None, base: str | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        body = {"head": head, "files": files, "title": title, "base": base}
        return self._call("POST", f"/repos/{owner}/{repo}/pulls", body)

    def push_to_pull(
        self, owner: str, repo: str, number: int, files: dict[str, str | None]
    ) -> dict[str, Any]:
        return self._call("POST", f"/repos/{owner}/{repo}/pulls/{number}/commits", {"files": files})

    def close_pull(self, owner: str, repo: str, number: int) -> dict[str, Any]:
        return self._call("POST", f"/repos/{owner}/{repo}/pulls/{number}/close")

    def merge_pull(self, owner: str, repo: str, number: int) -> dict[str, Any]:
        return self._call("POST", f"/repos/{owner}/{repo}/pulls/{number}/merge")

    def reopen_pull(self, owner: str, repo: str, number: int) -> dict[str, Any]:
        return self._call("POST", f"/repos/{owner}/{repo}/pulls/{number}/reopen")

    def check_runs(self) -> list[dict[str, Any]]:
        return self._call("GET", "/check-runs")["checkRuns"]

    def rerequest_check_run(self, run_id: int) -> dict[str, Any]:
        return self._call("POST", f"/check-runs/{run_id}/rerequest")

    # ------------------------------------------------------------ webhooks, limits, git
    def deliveries(
        self, event: str | None = None, installation: int | None = None
    ) -> list[dict[str, Any]]:
        return self._call("GET", "/deliveries", event=event, installation=installation)[
            "deliveries"
        ]

    def clear_deliveries(self) -> None:
        self._call("DELETE", "/deliveries")

    def delivery(self, delivery_id: int) -> dict[str, Any]:
        """One delivery with its request (headers, payload) and Trace's answer."""
        return self._call("GET", f"/deliveries/{delivery_id}")

    def redeliver(self, delivery_id: int) -> dict[str, Any]:
        return self._call("POST", f"/deliveries/{delivery_id}/redeliver")

    def rate_limit(self, **knobs: Any) -> dict[str, Any]:
        """remaining (+ installation / user), status (403|429), secondaryRetryAfter, reset."""
        return self._call("POST", "/rate-limit", knobs)

    def git_log(self) -> list[dict[str, Any]]:
        return self._call("GET", "/git-log")["requests"]

    def settings(self, **changes: Any) -> dict[str, Any]:
        return self._call("POST", "/settings", changes)

    # ------------------------------------------------------------ browser flows over HTTP
    @contextlib.contextmanager
    def browser(self, login: str) -> Iterator[httpx.Client]:
        """An HTTP client signed in to the emulated GitHub as `login` (cookies kept)."""
        with httpx.Client(
            base_url=self.base_url, trust_env=False, follow_redirects=False
        ) as client:
            resp = client.post("/github/session", data={"login": login, "return_to": "/github/"})
            if resp.status_code != 303:
                raise GitHubControlError(resp.status_code, "sign-in failed")
            yield client

    def authorize(
        self, login: str, state: str | None = None, redirect_uri: str | None = None
    ) -> str:
        """Run `/login/oauth/authorize` as `login` (approving it); return the `code`."""
        app = self.app()
        params = {"client_id": app["clientId"], "state": state, "redirect_uri": redirect_uri}
        query = {k: v for k, v in params.items() if v is not None}
        with self.browser(login) as browser:
            resp = browser.post("/github/login/oauth/authorize", params=query)
        if resp.status_code != 302:
            raise GitHubControlError(resp.status_code, resp.text[:200])
        redirected = parse_qs(urlsplit(resp.headers["location"]).query)
        if state is not None and redirected.get("state") != [state]:
            raise GitHubControlError(500, "state was not passed back")
        return redirected["code"][0]

    def install_in_browser(
        self, login: str, account_id: int, repository_ids: list[int] | None = None,
        state: str | None = None,
    ) -> str:  # fmt: skip
        """Submit the install page as `login`; return the redirect (setup or callback URL)."""
        form: dict[str, Any] = {"target_id": str(account_id)}
        if repository_ids is None:
            form["repository_selection"] = "all"
        else:
            form["repository_selection"] = "selected"
            form["repository_ids"] = [str(i) for i in repository_ids]
        if state is not None:
            form["state"] = state
        slug = self.app()["slug"]
        with self.browser(login) as browser:
            resp = browser.post(f"/github/apps/{slug}/installations", data=form)
        if resp.status_code != 302:
            raise GitHubControlError(resp.status_code, resp.text[:300])
        return str(resp.headers["location"])
