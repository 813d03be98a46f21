"""Sign-in for portal customers and field crews."""
from __future__ import annotations

import logging

from fastapi import APIRouter, Depends, Form, HTTPException, status
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from aquameter.db import get_session
from aquameter.deps import SESSION_COOKIE, crew_directory
from aquameter.schemas.accounts import PasswordResetConfirm, PasswordResetRequest, PortalRegistration
from aquameter.schemas.field import CrewLoginIn
from aquameter.security.directory import CrewDirectory
from aquameter.security.jwt_tokens import issue_access_token
from aquameter.security.redirects import redirect_after_login, redirect_within_portal
from aquameter.services.accounts import AccountNotFound, AccountService, AuthenticationFailed

log = logging.getLogger(__name__)
router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/login")
def portal_login(
    email: str = Form(...),
    password: str = Form(...),
    next: str | None = Form(None),
    session: Session = Depends(get_session),
) -> RedirectResponse:
    try:
        account = AccountService(session).authenticate_portal(email, password)
    except AuthenticationFailed:
        return RedirectResponse("/portal/login?error=1", status_code=303)
    token = issue_access_token(account["email"], "customer", account["id"])
    response = redirect_after_login(next)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, secure=True, samesite="lax", max_age=1800)
    return response


@router.get("/logout")
def portal_logout(return_to: str | None = None) -> RedirectResponse:
    response = redirect_within_portal(return_to or "/portal/login")
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.post("/register", status_code=201)
def register(registration: PortalRegistration, session: Session = Depends(get_session)) -> dict[str, str]:
    try:
        account = AccountService(session).register_portal_user(registration)
    except AccountNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown account number") from exc
    return {"account_number": account.account_number}


@router.post("/password-reset", status_code=202)
def request_password_reset(body: PasswordResetRequest, session: Session = Depends(get_session)) -> dict[str, str]:
    issued = AccountService(session).start_password_reset(body.email)
    if issued is not None:
        log.info("password reset code issued for %s", issued[0])
    return {"status": "if the address is registered, a code has been sent"}


@router.post("/password-reset/confirm")
def confirm_password_reset(body: PasswordResetConfirm, session: Session = Depends(get_session)) -> dict[str, str]:
    try:
        AccountService(session).complete_password_reset(body)
    except AuthenticationFailed as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid or expired code") from exc
    return {"status": "password updated"}


@router.post("/crew")
def crew_login(body: CrewLoginIn, directory: CrewDirectory = Depends(crew_directory)) -> dict[str, str]:
    identity = directory.authenticate_badge(body.badge.strip(), body.pin.strip())
    if identity is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "badge or PIN not recognised")
    return {"access_token": issue_access_token(identity.employee_id, "crew"), "crew": identity.crew_code}
