from rest_framework import authentication, exceptions

from clinic.models import Owner
from clinic.utils.tokens import read_portal_claims


class PortalUser:
    is_authenticated = True
    is_staff = False

    def __init__(self, owner):
        self.owner = owner
        self.pk = owner.pk


class PortalTokenAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return None
        token = header[len("Bearer "):].strip()
        claims = read_portal_claims(token)
        try:
            owner = Owner.objects.get(public_id=claims["sub"])
        except (KeyError, ValueError, Owner.DoesNotExist) as exc:
            raise exceptions.AuthenticationFailed("Unknown portal account") from exc
        return PortalUser(owner), token

    def authenticate_header(self, request):
        return "Bearer"
