"""What integrations announce to the rest of Trace (which reacts; integrations import no one).

``connection_deactivated(connection_id=..., reason=...)`` is sent inside the transaction that
marks a connection inactive, so a receiver's writes commit or roll back with it.

``default_branch_pushed(repository_id=..., commit_sha=..., source=...)`` is sent inside the
transaction that records the provider's delivery id, so the scan it queues commits with the
de-duplication record: a redelivered event finds the id taken and queues nothing.

``pull_request_changed(repository_id=..., pull=PullRequestEvent, source=...)`` is sent the same
way for a pull request opened, pushed to (synchronize) or reopened; and
``pull_request_check_rerequested(repository_id=..., external_id=..., head_sha=..., source=...)``
when someone re-runs a check run Trace created (``external_id`` is the one Trace gave it).
``pull_request_closed(repository_id=..., number=..., merged=..., source=...)`` when a pull
request is closed, merged or not.
"""

from __future__ import annotations

from django.dispatch import Signal

connection_deactivated = Signal()
default_branch_pushed = Signal()
pull_request_changed = Signal()
pull_request_check_rerequested = Signal()
pull_request_closed = Signal()
