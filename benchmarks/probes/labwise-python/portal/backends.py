from django.contrib.auth.backends import BaseBackend
from django.contrib.auth import get_user_model

from core.security import verify_portal_password
from orders.models import Physician


class PhysicianPasswordBackend(BaseBackend):
    """External physicians sign in with their NPI and a portal password."""

    def authenticate(self, request, npi=None, password=None, **kwargs):
        if not npi or not password or not npi.isdigit():
            return None
        try:
            physician = Physician.objects.select_related("user").get(npi=npi)
        except Physician.DoesNotExist:
            return None
        if physician.portal_password and verify_portal_password(password, physician.portal_password):
            if physician.user.is_active:
                return physician.user
        return None

    def get_user(self, user_id):
        try:
            return get_user_model().objects.get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
