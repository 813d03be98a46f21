"""Notifications: outgoing webhooks' destinations and retry back-off."""

from __future__ import annotations

from tracesec.config.env import env_bool, env_int

# Private, loopback and link-local webhook addresses are refused (SSRF) unless this is on;
# local development may turn it on, production settings force it off.
TRACE_WEBHOOK_ALLOW_PRIVATE = env_bool("TRACE_WEBHOOK_ALLOW_PRIVATE", False)
# A failed delivery is retried after base, 2 * base, 4 * base ... seconds.
TRACE_WEBHOOK_RETRY_BASE_SECONDS = env_int("TRACE_WEBHOOK_RETRY_BASE_SECONDS", 30)
