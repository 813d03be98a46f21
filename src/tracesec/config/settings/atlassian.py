"""Bitbucket Cloud via Atlassian Forge: where the app's keys, APIs and git live, pairing and
just-in-time token settings. Defaults point at the local emulator (demo, tests); production sets
the real values (`https://forge.cdn.prod.atlassian-dev.net/.well-known/jwks.json`,
`https://api.bitbucket.org`, `https://bitbucket.org`). There is no setting that disables
invocation-token verification.
"""

from __future__ import annotations

from tracesec.config.env import env_bool, env_int, env_list, env_str

# "emulator" (default: demo, dev, tests) or "atlassian" (production: real Forge and Bitbucket).
TRACE_FORGE_TARGET = env_str("TRACE_FORGE_TARGET", "emulator")
_REAL = TRACE_FORGE_TARGET == "atlassian"
_EMU = env_str("TRACE_EMULATOR_URL", "http://127.0.0.1:8401").rstrip("/")

FORGE_APP_ID = env_str(
    "FORGE_APP_ID", "" if _REAL else "ari:cloud:ecosystem::app/3f6e2c1a-9b7d-4e0f-8a52-0c1d2e3f4a5b"
)
FORGE_JWKS_URL = env_str(
    "FORGE_JWKS_URL",
    "https://forge.cdn.prod.atlassian-dev.net/.well-known/jwks.json"
    if _REAL
    else f"{_EMU}/.well-known/jwks.json",
)
# Accept invocations only from this Forge environment type ("" = any).
FORGE_ENVIRONMENT_TYPE = env_str("FORGE_ENVIRONMENT_TYPE", "PRODUCTION" if _REAL else "")
FORGE_FIT_LEEWAY_SECONDS = env_int("FORGE_FIT_LEEWAY_SECONDS", 10)
FORGE_JWKS_TIMEOUT_SECONDS = env_int("FORGE_JWKS_TIMEOUT_SECONDS", 5)
# The module key of the workspace-settings page that shows the pairing code.
FORGE_SETTINGS_MODULE_KEY = env_str("FORGE_SETTINGS_MODULE_KEY", "trace-settings")
# Web-trigger URL hosts we will POST nonces to (suffix match, https only) ...
FORGE_WEBTRIGGER_HOST_SUFFIXES = env_list(
    "FORGE_WEBTRIGGER_HOST_SUFFIXES", [".webtrigger.atlassian.app", ".hello.atlassian-dev.net"]
)
# ... plus plain-http loopback URLs, for the emulator only (never with the real Atlassian).
FORGE_WEBTRIGGER_ALLOW_LOOPBACK = (not _REAL) and env_bool("FORGE_WEBTRIGGER_ALLOW_LOOPBACK", True)

BITBUCKET_API_URL = env_str(
    "BITBUCKET_API_URL", "https://api.bitbucket.org" if _REAL else _EMU
).rstrip("/")
BITBUCKET_GIT_URL = env_str(
    "BITBUCKET_GIT_URL", "https://bitbucket.org" if _REAL else f"{_EMU}/git"
).rstrip("/")
# Where people browse repositories (links from findings to files at the scanned commit).
BITBUCKET_WEB_URL = env_str(
    "BITBUCKET_WEB_URL", "https://bitbucket.org" if _REAL else f"{_EMU}/web"
).rstrip("/")
# `app.apiBaseUrl` from an invocation must be one of these (default: BITBUCKET_API_URL only).
BITBUCKET_API_ALLOWED_BASES = env_list("BITBUCKET_API_ALLOWED_BASES", [BITBUCKET_API_URL])
BITBUCKET_MAX_PAGES = env_int("BITBUCKET_MAX_PAGES", 200)

# The organization's private install link for the Trace Forge app (shown on the settings page).
TRACE_BITBUCKET_INSTALL_URL = env_str("TRACE_BITBUCKET_INSTALL_URL", "" if _REAL else f"{_EMU}/")
# Show pairing codes only to the admin Forge named as installer/upgrader (the one identity the
# server can verify as a workspace admin; see forge-bitbucket.md §10.2).
TRACE_PAIRING_INSTALLER_ONLY = env_bool("TRACE_PAIRING_INSTALLER_ONLY", True)
TRACE_PAIRING_CODE_TTL_SECONDS = env_int("TRACE_PAIRING_CODE_TTL_SECONDS", 900)
# HMAC key for pairing codes and nonces; derived from SECRET_KEY when empty.
TRACE_PAIRING_HMAC_KEY = env_str("TRACE_PAIRING_HMAC_KEY", "")
TRACE_PAIRING_ATTEMPTS_PER_USER = env_int("TRACE_PAIRING_ATTEMPTS_PER_USER", 10)
TRACE_PAIRING_ATTEMPTS_PER_ORG = env_int("TRACE_PAIRING_ATTEMPTS_PER_ORG", 20)
TRACE_PAIRING_ATTEMPTS_PER_IP = env_int("TRACE_PAIRING_ATTEMPTS_PER_IP", 30)
TRACE_PAIRING_WINDOW_SECONDS = env_int("TRACE_PAIRING_WINDOW_SECONDS", 900)
# A delivered app token must have at least this much life left.
TRACE_TOKEN_MIN_TTL_SECONDS = env_int("TRACE_TOKEN_MIN_TTL_SECONDS", 600)
TRACE_TOKEN_PULL_TIMEOUT_SECONDS = env_int("TRACE_TOKEN_PULL_TIMEOUT_SECONDS", 30)
