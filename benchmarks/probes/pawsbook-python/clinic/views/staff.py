import re

from ldap.filter import escape_filter_chars
from rest_framework import generics, status
from rest_framework.response import Response
from rest_framework.views import APIView

from clinic.models import KioskAccount, StaffPreference
from clinic.serializers import StaffPreferenceSerializer
from clinic.services.directory_service import StaffDirectory
from clinic.utils.security import hash_kiosk_password
from clinic.views.common import IsClinicStaff

KIOSK_USERNAME = re.compile(r"^[a-z0-9][a-z0-9-]{2,39}$")


class StaffDirectoryView(APIView):
    permission_classes = [IsClinicStaff]

    def get(self, request):
        directory = StaffDirectory()
        try:
            if "email" in request.query_params:
                entries = directory.find_by_email(escape_filter_chars(request.query_params["email"]))
            elif "username" in request.query_params:
                entries = directory.find_by_username(request.query_params["username"])
            else:
                return Response({"detail": "Pass email or username"}, status=status.HTTP_400_BAD_REQUEST)
        finally:
            directory.close()
        return Response({"results": entries})


class StaffPreferenceView(generics.RetrieveUpdateAPIView):
    permission_classes = [IsClinicStaff]
    serializer_class = StaffPreferenceSerializer

    def get_object(self):
        return StaffPreference.objects.get_or_create(user=self.request.user)[0]


class KioskAccountView(APIView):
    permission_classes = [IsClinicStaff]

    def post(self, request):
        username = request.data.get("username", "")
        password = request.data.get("password", "")
        if not KIOSK_USERNAME.match(username) or len(password) < 8:
            return Response({"detail": "Invalid kiosk credentials"}, status=status.HTTP_400_BAD_REQUEST)
        account, created = KioskAccount.objects.update_or_create(
            username=username,
            defaults={"clinic": request.user.staff_profile.clinic, "password_hash": hash_kiosk_password(password)},
        )
        return Response({"username": account.username, "created": created})
