"""Database-backed `jti` replay store: shared by every web process, atomic by a unique index."""

from __future__ import annotations

from datetime import UTC, datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from tracesec.integrations.models import UsedInvocationToken


class DatabaseReplayStore:
    def claim(self, jti: str, *, expires_at: float) -> bool:
        try:
            with transaction.atomic():
                UsedInvocationToken.objects.create(
                    jti=jti, expires_at=datetime.fromtimestamp(expires_at, tz=UTC)
                )
        except IntegrityError:
            return False
        return True


def used_tokens_purge() -> int:
    deleted, _ = UsedInvocationToken.objects.filter(expires_at__lt=timezone.now()).delete()
    return deleted
