"""Forge Invocation Token (FIT) verification.

Every Forge-facing request carries `Authorization: Bearer <FIT>`. We accept it only if:
RS256 (pinned; `none`/HS*/ES* refused before any key lookup), signed by a key from the configured
JWKS, `iss` = `forge/invocation-token`, `aud` = our app id (and `app.id` equal to it), `exp`/`nbf`
/`iat` within a small leeway, a short lifetime, the required claims present, and a `jti` never seen
before. There is deliberately no switch that turns any of this off.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any, Protocol

import jwt

from tracesec.integrations.bitbucket.ids import normalize_uuid
from tracesec.integrations.bitbucket.jwks import JwksCache, JwksUnavailable

logger = logging.getLogger(__name__)

FIT_ISSUER = "forge/invocation-token"
ALGORITHM = "RS256"
DEFAULT_LEEWAY_SECONDS = 10
# Forge FITs live ~25 s; anything much longer is not a FIT we should honour (and would make the
# replay window, and the replay store, unbounded).
MAX_LIFETIME_SECONDS = 300


class InvalidInvocationToken(Exception):
    """The request is not authenticated by a valid FIT. `code` is safe to return to the caller."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class InvocationTokenUnavailable(Exception):
    """We could not check the token (JWKS down): not the caller's fault, answer 503."""


class ReplayStore(Protocol):
    def claim(self, jti: str, *, expires_at: float) -> bool:
        """Record `jti`; True the first time, False if it was already seen (atomically)."""


class MemoryReplayStore:
    """Process-local replay store (tests, single-process tools)."""

    def __init__(self) -> None:
        self._seen: dict[str, float] = {}

    def claim(self, jti: str, *, expires_at: float) -> bool:
        now = time.time()
        self._seen = {k: v for k, v in self._seen.items() if v > now}
        if jti in self._seen:
            return False
        self._seen[jti] = expires_at
        return True


@dataclass(frozen=True)
class ForgeInvocation:
    """The trusted facts of one verified invocation (nothing here comes from the body)."""

    installation_id: str  # bare UUID, lower case
    installation_ari: str
    app_id: str
    workspace_id: str  # bare UUID from app.installation.contexts, '' if absent
    api_base_url: str
    environment_type: str
    environment_id: str
    app_version: str
    module_type: str
    module_key: str
    has_ui_context: bool
    ui_workspace_id: str  # bare UUID from `context`, '' if no UI context
    principal: str  # Atlassian account id (UI invocations only), '' otherwise
    jti: str
    expires_at: float


class InvocationTokenVerifier:
    def __init__(
        self,
        *,
        jwks: JwksCache,
        app_id: str,
        replay_store: ReplayStore,
        leeway_seconds: int = DEFAULT_LEEWAY_SECONDS,
        expected_environment_type: str = "",
    ) -> None:
        if not app_id:
            raise ValueError("FORGE_APP_ID must be configured")
        self._jwks = jwks
        self._app_id = app_id
        self._replay = replay_store
        self._leeway = max(0, min(leeway_seconds, 60))
        self._environment_type = expected_environment_type

    def verify(self, token: str) -> ForgeInvocation:
        if not token or len(token) > 16_384:
            raise InvalidInvocationToken("malformed", "missing or oversized invocation token")
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise InvalidInvocationToken("malformed", "invocation token is not a JWT") from exc
        if header.get("alg") != ALGORITHM:
            raise InvalidInvocationToken("wrong_algorithm", "invocation token algorithm refused")
        if "icLabel" in header:
            raise InvalidInvocationToken("unsupported", "isolated-cloud tokens are not accepted")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise InvalidInvocationToken("unknown_key", "invocation token names no key")
        try:
            key = self._jwks.get(kid)
        except JwksUnavailable as exc:
            raise InvocationTokenUnavailable("signing keys unavailable") from exc
        if key is None:
            raise InvalidInvocationToken("unknown_key", "invocation token signed by unknown key")
        claims = self._decode(token, key)
        invocation = self._to_invocation(claims)
        if not self._replay.claim(invocation.jti, expires_at=invocation.expires_at + self._leeway):
            raise InvalidInvocationToken("replayed", "invocation token was already used")
        return invocation

    def _decode(self, token: str, key: Any) -> dict[str, Any]:
        try:
            return jwt.decode(
                token,
                key=key,
                algorithms=[ALGORITHM],
                audience=self._app_id,
                issuer=FIT_ISSUER,
                leeway=self._leeway,
                options={
                    "require": ["iss", "aud", "exp", "iat", "nbf", "jti"],
                    "verify_signature": True,
                    "verify_exp": True,
                    "verify_nbf": True,
                    "verify_iat": True,
                    "verify_aud": True,
                    "verify_iss": True,
                },
            )
        except jwt.ExpiredSignatureError as exc:
            raise InvalidInvocationToken("expired", "invocation token expired") from exc
        except jwt.ImmatureSignatureError as exc:
            raise InvalidInvocationToken("not_yet_valid", "invocation token not yet valid") from exc
        except jwt.InvalidAudienceError as exc:
            raise InvalidInvocationToken("wrong_audience", "invocation token audience") from exc
        except jwt.InvalidIssuerError as exc:
            raise InvalidInvocationToken("wrong_issuer", "invocation token issuer") from exc
        except jwt.MissingRequiredClaimError as exc:
            raise InvalidInvocationToken("missing_claim", f"missing claim {exc.claim}") from exc
        except jwt.InvalidSignatureError as exc:
            raise InvalidInvocationToken("bad_signature", "invocation token signature") from exc
        except jwt.PyJWTError as exc:
            raise InvalidInvocationToken("invalid", "invocation token rejected") from exc

    def _to_invocation(self, claims: dict[str, Any]) -> ForgeInvocation:
        iat, exp = float(claims["iat"]), float(claims["exp"])
        if exp - iat > MAX_LIFETIME_SECONDS:
            raise InvalidInvocationToken("lifetime", "invocation token lives too long")
        if iat > time.time() + self._leeway:
            raise InvalidInvocationToken("not_yet_valid", "invocation token issued in the future")
        app = claims.get("app")
        if not isinstance(app, dict):
            raise InvalidInvocationToken("missing_claim", "missing claim app")
        if app.get("id") != self._app_id:
            raise InvalidInvocationToken("wrong_audience", "app.id does not match")
        nested_ari = _str(_dict(app.get("installation")).get("id"))
        installation_ari = _str(app.get("installationId")) or nested_ari
        if nested_ari and nested_ari != installation_ari:
            raise InvalidInvocationToken("invalid", "installation claims disagree")
        installation_id = normalize_uuid(installation_ari.rsplit("/", 1)[-1])
        if not installation_id:
            raise InvalidInvocationToken("missing_claim", "missing claim app.installationId")
        environment = _dict(app.get("environment"))
        environment_type = _str(environment.get("type"))
        if self._environment_type and environment_type != self._environment_type:
            raise InvalidInvocationToken("wrong_environment", "invocation from another environment")
        module = _dict(app.get("module"))
        workspace_id, api_base_url = _bitbucket_context(app)
        context = _dict(claims.get("context"))
        has_ui = bool(context)
        ui_workspace = normalize_uuid(_str(context.get("workspaceId"))) if has_ui else ""
        jti = _str(claims.get("jti"))
        if not jti or len(jti) > 256:
            raise InvalidInvocationToken("missing_claim", "missing claim jti")
        return ForgeInvocation(
            installation_id=installation_id,
            installation_ari=installation_ari,
            app_id=self._app_id,
            workspace_id=workspace_id,
            api_base_url=api_base_url or _str(app.get("apiBaseUrl")),
            environment_type=environment_type,
            environment_id=_str(environment.get("id")),
            app_version=_str(app.get("appVersion")) or _str(app.get("version")),
            module_type=_str(module.get("type")),
            module_key=_str(module.get("key")),
            has_ui_context=has_ui,
            ui_workspace_id=ui_workspace,
            principal=_str(claims.get("principal")) if has_ui else "",
            jti=jti,
            expires_at=exp,
        )


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _bitbucket_context(app: dict[str, Any]) -> tuple[str, str]:
    installation = app.get("installation")
    contexts = installation.get("contexts") if isinstance(installation, dict) else None
    for entry in contexts if isinstance(contexts, list) else []:
        if isinstance(entry, dict) and entry.get("name") == "bitbucket":
            return normalize_uuid(_str(entry.get("workspaceId"))), _str(entry.get("apiBaseUrl"))
    return "", ""
