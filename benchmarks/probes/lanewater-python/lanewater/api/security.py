"""Authentication for Ninja routes: member sessions and staff bearer tokens."""
from ninja.security import HttpBearer

from lanewater.staff.auth import StaffAuthError, verify_token

SESSION_KEY = "lanewater_member_id"


def member_session(request):
    """Members sign in through /accounts/login; their id lives in the signed session cookie."""
    member_id = request.session.get(SESSION_KEY)
    if member_id is None:
        return None
    return int(member_id)


def sign_in(request, member_id: int) -> None:
    request.session.cycle_key()
    request.session[SESSION_KEY] = int(member_id)


def sign_out(request) -> None:
    request.session.flush()


class StaffBearer(HttpBearer):
    def __init__(self, *roles: str):
        super().__init__()
        self.roles = set(roles) or {"instructor", "manager"}

    def authenticate(self, request, token):
        try:
            claims = verify_token(token)
        except StaffAuthError:
            return None
        if claims.get("role") not in self.roles:
            return None
        return claims


instructor_bearer = StaffBearer("instructor", "manager")
manager_bearer = StaffBearer("manager")
desk_bearer = StaffBearer("desk", "manager")
