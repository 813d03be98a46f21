"""Why a GitHub connection stops working, in words that say what to do about it."""

from __future__ import annotations

from tracesec.integrations.base import InactiveReason

APP_UNINSTALLED = InactiveReason(
    "github_app_uninstalled",
    "The Trace GitHub App was uninstalled from the GitHub account. Install it again from "
    "Settings → Integrations → GitHub.",
)
APP_SUSPENDED = InactiveReason(
    "github_app_suspended",
    "The Trace GitHub App was suspended on the GitHub account. Unsuspend it in the account's "
    "GitHub App settings; the connection becomes active again by itself.",
)
TOKEN_REJECTED = InactiveReason(
    "github_token_rejected",
    "GitHub refused the Trace app's access token (the app was probably uninstalled or "
    "suspended). Check the installation on GitHub, then install it again if needed.",
)

REASONS: tuple[InactiveReason, ...] = (APP_UNINSTALLED, APP_SUSPENDED, TOKEN_REJECTED)
