"""gunicorn's access log with the same redaction as every other log line.

The request line, the Referer and the other atoms are masked before gunicorn formats them, so
an invitation or password-reset link (whose token is its path) never lands in the access log.
`trace serve` passes this class as gunicorn's ``--logger-class``.
"""

from __future__ import annotations

import datetime
from typing import Any

from gunicorn.glogging import Logger

from tracesec.common.logging import redact


class RedactingAccessLogger(Logger):
    def atoms(
        self, resp: Any, req: Any, environ: dict[str, Any], request_time: datetime.timedelta
    ) -> dict[str, Any]:
        atoms: dict[str, Any] = super().atoms(resp, req, environ, request_time)
        return {
            name: redact(value) if isinstance(value, str) else value
            for name, value in atoms.items()
        }
