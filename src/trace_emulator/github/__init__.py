"""A faithful local GitHub with one registered GitHub App (Trace), in the emulator's process.

Layout (GitHub Enterprise Server's, so one base URL configures a client; see
`docs/internals/github-emulator.md` for what differs from github.com and the docs followed):

    {base}/github/                      web: sign in, install the App, OAuth, settings pages
    {base}/github/api/v3/...            REST API
    {base}/github/{owner}/{repo}.git    git smart HTTP (Basic x-access-token:<ghs_ token>); each
                                        pull request's head is also refs/pull/{n}/head
    {base}/_emu/github/...              control plane (tests and the demo)

REST API (`rest.py`): with an App JWT — `GET /app`, `GET /app/installations`,
`GET|DELETE /app/installations/{id}`, `GET /repos/{o}/{r}/installation`,
`POST /app/installations/{id}/access_tokens` (body `repositories`, `repository_ids`,
`permissions`; 422 beyond the grant), `GET /app/hook/deliveries[/{id}]`,
`POST /app/hook/deliveries/{id}/attempts`; with an installation token —
`GET /installation/repositories` (`per_page`, `page`, Link header), `DELETE /installation/token`,
`GET /repos/{o}/{r}`, `POST /repos/{o}/{r}/check-runs`, `GET|PATCH .../check-runs/{id}`,
`GET .../check-runs/{id}/annotations`; with a user token (`ghu_`) — `GET /user`,
`GET /user/installations`, `GET /user/installations/{id}/repositories`; any token —
`GET /rate_limit`.

Web (`web.py`): `/github/login` (pick a persona), `/github/apps/{slug}/installations/new[?state=]`
→ choose account → repositories → redirect to the setup URL with `installation_id`,
`setup_action=install|update` (and `state`), or to the callback URL with a `code` too when
`requestOauthOnInstall` is set; `/github/login/oauth/authorize` (`client_id`, `redirect_uri`,
`state`) → `code`; `POST /github/login/oauth/access_token` (form or JSON; `grant_type=
refresh_token` too); `/github/settings/installations/{id}` (suspend, unsuspend, uninstall).

Control plane (`control.py`, all JSON; errors are `{"error": ...}` with a 4xx status):

    GET  /_emu/github/app                    the registration: id, slug, clientId, clientSecret,
                                              webhookSecret, privateKeyPem, hookId, URLs
    POST /_emu/github/app                    {webhookUrl, setupUrl, callbackUrl, webhookActive,
                                              requestOauthOnInstall, redirectOnUpdate}
    GET  /_emu/github/accounts               users and organizations, members, repositories
    GET  /_emu/github/installations          every installation (deleted ones flagged)
    POST /_emu/github/installations          {account, repositories: "all"|[names], installer}
    GET|DELETE /_emu/github/installations/{id}       (DELETE ?by=login: uninstall)
    POST /_emu/github/installations/{id}/suspend|unsuspend   {by}
    POST /_emu/github/installations/{id}/repositories        {add: [...], remove: [...]} or
                                                              {selection: "all"|[names]}
    POST /_emu/github/accounts/{login}/repositories   {name, private, language, description}
    PATCH|DELETE /_emu/github/repos/{o}/{r}  {name}: rename (id kept) | delete
    POST /_emu/github/repos/{o}/{r}/commits  {files: {path: text|null}, message, branch, author}
    POST /_emu/github/repos/{o}/{r}/pulls    {head, base, title, files} → PR opened
    POST /_emu/github/repos/{o}/{r}/pulls/{n}/commits   {files} → push + synchronize
    POST /_emu/github/repos/{o}/{r}/pulls/{n}/close|reopen
    GET  /_emu/github/check-runs             with annotations and per-request batch sizes
    POST /_emu/github/check-runs/{id}/rerequest          → check_run rerequested
    GET|DELETE /_emu/github/deliveries[?event=&installation=]   the webhook delivery log
    GET  /_emu/github/deliveries/{id};  POST .../redeliver  (same X-GitHub-Delivery GUID)
    GET|POST /_emu/github/rate-limit         {remaining, installation|user, limit,
                                              status: 403|429, secondaryRetryAfter, reset}
    GET|DELETE /_emu/github/git-log          git requests (token fingerprints, never tokens)
    GET|POST /_emu/github/settings           {jwtClock: "wall"|"emulator"}

Time is the emulator's clock (`POST /_emu/clock {"advance": seconds}`): installation tokens (1 h),
user tokens (8 h), OAuth codes (10 min) and rate-limit windows (1 h) expire on it. App JWTs are
checked on the wall clock by default (their signer's clock), or on the emulator clock.

In tests: `trace_emulator.testing.start_emulator(...).github` is a `GitHubClient`
(`github/testing.py`) wrapping all of the above, plus `app_jwt()`, `installation_token()`,
`api()`, `browser(login)`, `authorize(login, state)` and `install_in_browser(...)`, which drive
the real HTTP flows.
"""
