"""How a scan stops short of *completed*: a halt (*blocked*) or a failure (*failed*).

Raised anywhere in the worker; ``execution`` turns it into the scan's final state with the
words from ``scans.state`` (never exception text).
"""

from __future__ import annotations

from tracesec.scans.state import ScanErrorCode


class ScanStop(Exception):
    """Stop the scan with a user-facing outcome. ``params`` fill the message placeholders."""

    blocked = False

    def __init__(self, code: ScanErrorCode, **params: str | int) -> None:
        super().__init__(code.value)
        self.code = code
        self.params = params


class ScanHalt(ScanStop):
    """Expected terminal condition: the scan is *blocked*, not failed."""

    blocked = True


class ScanFailure(ScanStop):
    pass
