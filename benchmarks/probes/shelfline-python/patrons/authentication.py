from rest_framework import authentication, exceptions

from . import tokens
from .models import Patron


class MobileTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("latin-1")
        if not header.startswith(self.keyword + " "):
            return None
        raw = header[len(self.keyword) + 1:].strip()
        try:
            claims = tokens.resolve_claims(raw)
        except tokens.TokenError as exc:
            raise exceptions.AuthenticationFailed(str(exc))
        patron = Patron.objects.select_related("user").filter(card_number=claims["sub"]).first()
        if patron is None:
            raise exceptions.AuthenticationFailed("unknown card")
        return patron.user, claims

    def authenticate_header(self, request):
        return self.keyword
