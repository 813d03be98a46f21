"""Why a Bitbucket connection stops working, in words that say what to do about it."""

from __future__ import annotations

from tracesec.integrations.base import InactiveReason

APP_UNINSTALLED = InactiveReason(
    "app_uninstalled",
    "The Trace app was uninstalled from the Bitbucket workspace. Reinstall it with your install "
    "link, then connect again with a new pairing code.",
)
TRIGGER_GONE = InactiveReason(
    "trigger_gone",
    "The Trace app no longer answers in Bitbucket (it was probably uninstalled). Reinstall it "
    "with your install link, then connect again with a new pairing code.",
)
NO_DELIVERY = InactiveReason(
    "no_delivery",
    "Bitbucket did not deliver an access token in time. Check that the Trace app is still "
    "installed in the workspace; if it was removed, reinstall it and connect again.",
)
TOKEN_REJECTED = InactiveReason(
    "token_rejected",
    "Bitbucket rejected the Trace app's access token (the app was probably uninstalled or its "
    "access revoked). Reinstall the app and connect again with a new pairing code.",
)

REASONS: tuple[InactiveReason, ...] = (APP_UNINSTALLED, TRIGGER_GONE, NO_DELIVERY, TOKEN_REJECTED)
