"""What integrations announce to the rest of Trace (which reacts; integrations import no one).

``connection_deactivated(connection_id=..., reason=...)`` is sent inside the transaction that
marks a connection inactive, so a receiver's writes commit or roll back with it.

``default_branch_pushed(repository_id=..., commit_sha=..., source=...)`` is sent inside the
transaction that records the provider's delivery id, so the scan it queues commits with the
de-duplication record: a redelivered event finds the id taken and queues nothing.
"""

from __future__ import annotations

from django.dispatch import Signal

connection_deactivated = Signal()
default_branch_pushed = Signal()
