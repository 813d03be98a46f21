"""The Forge platform side of the emulator, assembled from one module per concern.

- `remote_calls`: every call to the app's remote (Trace) — FIT, B3 headers, system token;
- `delivery_log`: the redacted record of those calls;
- `function_calls`: running the app's functions and what they may ask of the platform;
- `event_delivery`: product and lifecycle events, retries, scheduled triggers;
- `installations`: install, upgrade, uninstall;
- `ui_invocations`: a UI module's `invokeRemote`.
"""

from __future__ import annotations

from trace_emulator.forge.installations import Installations
from trace_emulator.forge.ui_invocations import UiInvocations


class ForgePlatform(Installations, UiInvocations):
    """Installations, event delivery, UI invocations and functions over one remote-call core."""
