from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from rest_framework import status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from services.portal_accounts import AccountError, PortalAccountService

DEFAULT_LANDING = "/board/"


def portal_login(request):
    if request.method != "POST":
        return render(request, "accounts/login.html", {"next": request.GET.get("next", "")})
    user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
    if user is None:
        return render(request, "accounts/login.html", {"error": "Invalid credentials", "next": request.POST.get("next", "")}, status=401)
    login(request, user)
    next_url = request.POST.get("next") or DEFAULT_LANDING
    if next_url.startswith("/"):
        return redirect(next_url)  # VULN redirect
    return redirect(DEFAULT_LANDING)


def portal_logout(request):
    logout(request)
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        next_url = "/portal/login/"
    return HttpResponseRedirect(next_url)  # SAFE redirect


class PublicAPIView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]


class PortalRegisterView(PublicAPIView):
    def post(self, request):
        password = request.data.get("password") or ""
        if len(password) < 10:
            return Response({"detail": "password must be at least 10 characters"}, status=status.HTTP_400_BAD_REQUEST)
        try:
            user = PortalAccountService().register((request.data.get("email") or "").strip(), password, request.data.get("mc_number", ""))
        except AccountError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
        return Response({"id": user.id, "email": user.email}, status=status.HTTP_201_CREATED)


class ResetRequestView(PublicAPIView):
    def post(self, request):
        PortalAccountService().start_reset((request.data.get("email") or "").strip())
        return Response({"detail": "If the address is registered, a reset link is on its way."})


class ResetConfirmView(PublicAPIView):
    def post(self, request):
        try:
            PortalAccountService().complete_reset(request.data.get("token", ""), request.data.get("password", ""))
        except AccountError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"detail": "password updated"})
