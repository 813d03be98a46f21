"""Bearer API-token authentication for ninja."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from ninja.security import HttpBearer

from tracesec.api.models import ApiToken
from tracesec.api.tokens import api_token_authenticate
from tracesec.organizations.models import Membership


@dataclass(frozen=True)
class ApiAuth:
    """`request.auth` on authenticated API requests."""

    token: ApiToken
    membership: Membership


class ApiTokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> ApiAuth | None:
        found = api_token_authenticate(raw=token)
        if found is None:
            return None
        api_token, membership = found
        request.user = membership.user
        return ApiAuth(token=api_token, membership=membership)


def request_auth(request: HttpRequest) -> ApiAuth:
    auth = getattr(request, "auth", None)
    assert isinstance(auth, ApiAuth)
    return auth
