"""Domain errors raised by services and turned into the API envelope / form messages.

`message` is safe to show to the user (never contains a secret); `code` is machine-readable.
"""

from __future__ import annotations

from typing import Any


class ApplicationError(Exception):
    status_code = 400

    def __init__(
        self,
        message: str,
        *,
        code: str = "invalid",
        extra: dict[str, Any] | None = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.extra = extra or {}
        if status_code is not None:
            self.status_code = status_code


class NotFoundError(ApplicationError):
    """Missing *or* not visible to this user: the two are indistinguishable on purpose."""

    status_code = 404

    def __init__(self, message: str = "Not found.", *, code: str = "not_found") -> None:
        super().__init__(message, code=code)


class PermissionDeniedError(ApplicationError):
    """The object is in the user's organization, but their role does not allow the action."""

    status_code = 403

    def __init__(
        self, message: str = "Your role does not allow this.", *, code: str = "forbidden"
    ) -> None:
        super().__init__(message, code=code)
