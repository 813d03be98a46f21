"""Staff login, directory lookup, invitations and SSO hand-off to the referral portal."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Response, status
from fastapi.responses import RedirectResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from pawchart.config import Settings, get_settings
from pawchart.db import get_session
from pawchart.deps import CurrentUser, get_current_user, require_admin
from pawchart.models.orm import StaffUser
from pawchart.models.schemas import InviteCreate, InviteResponse, StaffDirectoryEntry, TokenResponse
from pawchart.services.auth_service import AuthService
from pawchart.util.validators import is_allowed_return_url

router = APIRouter(prefix="/auth", tags=["auth"])


def get_auth_service(settings: Settings = Depends(get_settings)) -> AuthService:
    return AuthService(settings)


@router.post("/token", response_model=TokenResponse)
def login(
    response: Response,
    username: str = Form(..., max_length=64),
    password: str = Form(..., max_length=256),
    auth: AuthService = Depends(get_auth_service),
    session: Session = Depends(get_session),
) -> TokenResponse:
    identity = auth.authenticate(username.strip(), password)
    if identity is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid username or password")
    staff = session.scalars(
        select(StaffUser).where(StaffUser.username == identity.username, StaffUser.active.is_(True))
    ).first()
    if staff is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "no active Pawchart account")
    token, lifetime = auth.issue_token(staff)
    response.set_cookie(
        "pawchart_session", token, max_age=lifetime, httponly=True, secure=True, samesite="none"
    )
    return TokenResponse(access_token=token, expires_in=lifetime)


@router.post("/logout", status_code=204)
def logout(response: Response) -> Response:
    response.delete_cookie("pawchart_session")
    response.status_code = 204
    return response


@router.get("/directory", response_model=list[StaffDirectoryEntry])
def directory(
    name: str = Query(..., min_length=2, max_length=64),
    user: CurrentUser = Depends(get_current_user),
    auth: AuthService = Depends(get_auth_service),
) -> list[dict]:
    return auth.directory_search(name)


@router.post("/invites", response_model=InviteResponse, status_code=201)
def create_invite(
    body: InviteCreate,
    admin: CurrentUser = Depends(require_admin),
    auth: AuthService = Depends(get_auth_service),
    session: Session = Depends(get_session),
) -> InviteResponse:
    code, expires_at = auth.create_invite(session, admin.clinic_id, body.email, body.role, admin.username)
    return InviteResponse(email=body.email, code=code, expires_at=expires_at)


@router.get("/sso/portal")
def portal_handoff(
    return_to: str = Query(..., max_length=2048),
    user: CurrentUser = Depends(get_current_user),
    auth: AuthService = Depends(get_auth_service),
    settings: Settings = Depends(get_settings),
    session: Session = Depends(get_session),
) -> RedirectResponse:
    if not is_allowed_return_url(return_to, settings.sso_allowed_hosts):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "return_to is not an allowed destination")
    staff = session.get(StaffUser, user.staff_id)
    token = auth.issue_handoff_token(user.username, staff.email if staff else None, user.clinic_id)
    separator = "&" if "?" in return_to else "?"
    return RedirectResponse(f"{return_to}{separator}token={token}", status_code=303)  # SAFE redirect
