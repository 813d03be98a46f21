"""Installation access tokens (`ghs_`), user access tokens (`ghu_`/`ghr_`) and OAuth codes.

Installation tokens live one hour and carry the repositories and permissions they were narrowed
to; user tokens live eight hours (GitHub's default for Apps with expiring user tokens). All
expiry is read from the emulator clock, so `POST /_emu/clock {"advance": 3600}` expires them.
Tokens are held in memory only and are logged by fingerprint, never in clear.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field

from trace_emulator.clock import Clock
from trace_emulator.tokens import token_fingerprint

INSTALLATION_TOKEN_TTL = 3600
USER_TOKEN_TTL = 8 * 3600
REFRESH_TOKEN_TTL = 184 * 24 * 3600
OAUTH_CODE_TTL = 600
_ALPHABET = string.ascii_letters + string.digits


def _random(prefix: str, length: int) -> str:
    return prefix + "".join(secrets.choice(_ALPHABET) for _ in range(length))


@dataclass
class InstallationToken:
    token: str = field(repr=False)
    installation_id: int
    repository_ids: set[int] | None  # None: every repository of the installation
    permissions: dict[str, str]
    expires_at: float

    @property
    def fingerprint(self) -> str:
        return token_fingerprint(self.token)


@dataclass
class UserToken:
    token: str = field(repr=False)
    user_id: int
    expires_at: float
    refresh_token: str = field(repr=False)
    refresh_expires_at: float

    @property
    def fingerprint(self) -> str:
        return token_fingerprint(self.token)


@dataclass
class OAuthCode:
    code: str = field(repr=False)
    user_id: int
    redirect_uri: str
    expires_at: float


class TokenStore:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._installation: dict[str, InstallationToken] = {}
        self._user: dict[str, UserToken] = {}
        self._refresh: dict[str, UserToken] = {}
        self._codes: dict[str, OAuthCode] = {}

    # ------------------------------------------------------------ installation tokens
    def mint_installation(
        self, installation_id: int, repository_ids: set[int] | None, permissions: dict[str, str]
    ) -> InstallationToken:
        record = InstallationToken(
            token=_random("ghs_", 36),
            installation_id=installation_id,
            repository_ids=repository_ids,
            permissions=dict(permissions),
            expires_at=self.clock.now() + INSTALLATION_TOKEN_TTL,
        )
        self._installation[record.token] = record
        return record

    def installation_token(self, token: str) -> InstallationToken | None:
        record = self._installation.get(token)
        if record is None or record.expires_at <= self.clock.now():
            return None
        return record

    def revoke_installation(self, installation_id: int) -> int:
        doomed = [t for t, r in self._installation.items() if r.installation_id == installation_id]
        for token in doomed:
            del self._installation[token]
        return len(doomed)

    def revoke_token(self, token: str) -> bool:
        return self._installation.pop(token, None) is not None

    # ------------------------------------------------------------ OAuth codes and user tokens
    def mint_code(self, user_id: int, redirect_uri: str) -> str:
        code = OAuthCode(
            code=secrets.token_hex(10),
            user_id=user_id,
            redirect_uri=redirect_uri,
            expires_at=self.clock.now() + OAUTH_CODE_TTL,
        )
        self._codes[code.code] = code
        return code.code

    def redeem_code(self, code: str) -> OAuthCode | None:
        """Single use: a code is gone after its first redemption, valid or not."""
        record = self._codes.pop(code, None)
        if record is None or record.expires_at <= self.clock.now():
            return None
        return record

    def mint_user(self, user_id: int) -> UserToken:
        now = self.clock.now()
        record = UserToken(
            token=_random("ghu_", 36),
            user_id=user_id,
            expires_at=now + USER_TOKEN_TTL,
            refresh_token=_random("ghr_", 76),
            refresh_expires_at=now + REFRESH_TOKEN_TTL,
        )
        self._user[record.token] = record
        self._refresh[record.refresh_token] = record
        return record

    def user_token(self, token: str) -> UserToken | None:
        record = self._user.get(token)
        if record is None or record.expires_at <= self.clock.now():
            return None
        return record

    def refresh(self, refresh_token: str) -> UserToken | None:
        """Refresh tokens are single use; the old user token dies with them."""
        old = self._refresh.pop(refresh_token, None)
        if old is None or old.refresh_expires_at <= self.clock.now():
            return None
        self._user.pop(old.token, None)
        return self.mint_user(old.user_id)
