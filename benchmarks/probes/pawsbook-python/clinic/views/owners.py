from datetime import timedelta

from django.contrib.auth import logout
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from clinic.models import Owner
from clinic.serializers import OwnerSerializer
from clinic.services.notification_service import deliver
from clinic.utils.crypto import decrypt_field, encrypt_field
from clinic.utils.security import hash_portal_password, portal_password_matches
from clinic.utils.tokens import issue_portal_token, make_reset_code
from clinic.views.common import IsClinicStaff

RESET_WINDOW = timedelta(minutes=30)


@require_POST
def portal_login(request):
    owner = Owner.objects.filter(email=request.POST.get("email", "").strip().lower()).first()
    if owner is None or not portal_password_matches(request.POST.get("password", ""), owner.portal_password):
        return JsonResponse({"detail": "Invalid email or password"}, status=401)
    request.session["portal_owner"] = str(owner.public_id)
    next_url = request.POST.get("next") or request.GET.get("next")
    if next_url and url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)  # SAFE redirect
    return redirect("/portal/")


def portal_logout(request):
    request.session.pop("portal_owner", None)
    logout(request)
    return redirect(request.GET.get("continue", "/portal/login/"))  # VULN redirect


class OwnerViewSet(viewsets.ModelViewSet):
    queryset = Owner.objects.all().order_by("full_name")
    serializer_class = OwnerSerializer
    permission_classes = [IsClinicStaff]

    @action(detail=True, methods=["post"], url_path="set-password")
    def set_password(self, request, pk=None):
        owner = self.get_object()
        password = request.data.get("password", "")
        if len(password) < 10:
            return Response({"detail": "Password too short"}, status=status.HTTP_400_BAD_REQUEST)
        owner.portal_password = hash_portal_password(password)
        owner.save(update_fields=["portal_password"])
        return Response(status=status.HTTP_204_NO_CONTENT)

    @action(detail=True, methods=["post", "get"])
    def phone(self, request, pk=None):
        owner = self.get_object()
        if request.method == "POST":
            owner.phone_encrypted = encrypt_field(request.data.get("phone", ""))
            owner.save(update_fields=["phone_encrypted"])
        return Response({"phone": decrypt_field(owner.phone_encrypted)})

    @action(detail=False, methods=["post"], permission_classes=[AllowAny], url_path="request-reset")
    def request_reset(self, request):
        owner = Owner.objects.filter(email=request.data.get("email", "").strip().lower()).first()
        if owner is not None:
            owner.reset_code = make_reset_code()
            owner.reset_requested_at = timezone.now()
            owner.save(update_fields=["reset_code", "reset_requested_at"])
            deliver(owner.email, "Your Pawsbook reset code", f"Your code is {owner.reset_code}")
        return Response({"detail": "If the address is registered, a code has been sent."})

    @action(detail=False, methods=["post"], permission_classes=[AllowAny], url_path="confirm-reset")
    def confirm_reset(self, request):
        owner = Owner.objects.filter(email=request.data.get("email", "").strip().lower()).first()
        if owner is None or not owner.reset_code or owner.reset_code != request.data.get("code") \
                or owner.reset_requested_at < timezone.now() - RESET_WINDOW:
            return Response({"detail": "Invalid code"}, status=status.HTTP_400_BAD_REQUEST)
        owner.portal_password = hash_portal_password(request.data.get("password", ""))
        owner.reset_code = ""
        owner.save(update_fields=["portal_password", "reset_code"])
        return Response({"token": issue_portal_token(owner)})
