"""What integrations announce to the rest of Trace (which reacts; integrations import no one).

``connection_deactivated(connection_id=..., reason=...)`` is sent inside the transaction that
marks a connection inactive, so a receiver's writes commit or roll back with it.
"""

from __future__ import annotations

from django.dispatch import Signal

connection_deactivated = Signal()
