"""Member sign-up, sign-in, password resets, webhooks and avatars."""
from django.http import HttpResponseRedirect
from ninja import Form, Router

from lanewater.api.security import member_session, sign_in, sign_out
from lanewater.schemas import (
    AvatarIn,
    KioskLoginIn,
    LoginIn,
    MemberOut,
    RegisterIn,
    ResetConfirmIn,
    ResetRequestIn,
    WebhookIn,
    WebhookOut,
)
from lanewater.services import account_service
from lanewater.util.urls import is_local_path, safe_next_url

router = Router(tags=["accounts"])

DEFAULT_LANDING = "/pages/timetable"


@router.post("/register", include_in_schema=False)
async def register(request, payload: Form[RegisterIn], next: str | None = None):
    member = await account_service.register(payload)
    sign_in(request, member.id)
    return HttpResponseRedirect(safe_next_url(next, DEFAULT_LANDING))  # SAFE redirect


@router.post("/login", include_in_schema=False)
async def login(request, payload: Form[LoginIn], next: str | None = None):
    member = await account_service.authenticate(payload.email, payload.password)
    if member is None:
        return HttpResponseRedirect("/pages/account?error=credentials")
    sign_in(request, member.id)
    if is_local_path(next):
        return HttpResponseRedirect(next)  # VULN redirect
    return HttpResponseRedirect(DEFAULT_LANDING)


@router.post("/logout", response={204: None}, auth=member_session)
async def logout(request):
    sign_out(request)
    return 204, None


@router.post("/kiosk/login", response=MemberOut)
async def kiosk_login(request, payload: KioskLoginIn):
    member = await account_service.kiosk_login(payload.member_id, payload.pin)
    if member is None:
        raise account_service.AccountError("unknown member or wrong PIN", status=401)
    sign_in(request, member.id)
    return member


@router.put("/kiosk/pin", response={204: None}, auth=member_session)
async def set_kiosk_pin(request, pin: Form[str]):
    await account_service.set_kiosk_pin(request.auth, pin)
    return 204, None


@router.post("/password-reset", response={202: None})
async def request_reset(request, payload: ResetRequestIn):
    await account_service.start_password_reset(payload.email)
    return 202, None


@router.post("/password-reset/confirm", response={204: None})
async def confirm_reset(request, payload: ResetConfirmIn):
    await account_service.complete_password_reset(payload.code, payload.new_password)
    return 204, None


@router.post("/webhooks", response={201: WebhookOut}, auth=member_session)
async def add_webhook(request, payload: WebhookIn):
    subscription = await account_service.register_webhook(request.auth, payload.url, payload.event)
    return 201, subscription


@router.put("/avatar", auth=member_session)
async def set_avatar(request, payload: AvatarIn):
    url = await account_service.set_avatar(request.auth, payload.url)
    return {"avatar_url": url}
