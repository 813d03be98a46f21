"""GitHub via a GitHub App: the app's public identifiers and where GitHub's API, web and git
live. Defaults point at the local emulator (demo, tests); production sets `https://api.github.com`
and `https://github.com`. The app's secrets (private key, webhook secret, client secret) are not
settings: `trace manage github_app import` seals them in the KMS key ring. No setting turns webhook
signature checking off.
"""

from __future__ import annotations

from tracesec.config.env import env_int, env_str

# "emulator" (default: demo, dev, tests) or "github" (production: github.com or GHE).
TRACE_GITHUB_TARGET = env_str("TRACE_GITHUB_TARGET", "emulator")
_REAL = TRACE_GITHUB_TARGET == "github"
# The emulated GitHub lives in the one emulator process, under /github (GHES's URL layout).
_EMU = env_str("TRACE_EMULATOR_URL", "http://127.0.0.1:8401").rstrip("/") + "/github"

# The emulator's App id and slug are fixed; its client id and secrets are generated per run.
GITHUB_APP_ID = env_str("GITHUB_APP_ID", "" if _REAL else "1042317")
GITHUB_APP_SLUG = env_str("GITHUB_APP_SLUG", "" if _REAL else "trace-security")
GITHUB_APP_CLIENT_ID = env_str("GITHUB_APP_CLIENT_ID", "")
GITHUB_API_URL = env_str(
    "GITHUB_API_URL", "https://api.github.com" if _REAL else f"{_EMU}/api/v3"
).rstrip("/")
GITHUB_WEB_URL = env_str("GITHUB_WEB_URL", "https://github.com" if _REAL else _EMU).rstrip("/")
GITHUB_GIT_URL = env_str("GITHUB_GIT_URL", "https://github.com" if _REAL else _EMU).rstrip("/")
# Webhook bodies larger than this are refused before their signature is computed.
GITHUB_WEBHOOK_MAX_BYTES = env_int("GITHUB_WEBHOOK_MAX_BYTES", 1024 * 1024)
# Page cap when listing an installation's repositories (100 per page).
GITHUB_MAX_PAGES = env_int("GITHUB_MAX_PAGES", 200)
# Lifetime of the `state` that binds an install flow to one user and organization, seconds.
GITHUB_SETUP_STATE_TTL_SECONDS = env_int("GITHUB_SETUP_STATE_TTL_SECONDS", 900)
# Longest rate-limit wait Trace accepts within one request before giving up, seconds.
GITHUB_MAX_RATE_LIMIT_WAIT_SECONDS = env_int("GITHUB_MAX_RATE_LIMIT_WAIT_SECONDS", 30)
