"""Login, logout, kiosk PINs, password reset and directory lookups."""
import asyncio
import logging

import asyncpg
from fastapi import APIRouter, Depends, Form, HTTPException, Query
from fastapi.responses import RedirectResponse

from crewline.deps import get_current_user, get_pool
from crewline.repositories import crew_repo
from crewline.schemas import Principal
from crewline.security import passwords, tokens
from crewline.services import directory, reset_service

log = logging.getLogger(__name__)
router = APIRouter(prefix="/auth", tags=["auth"])

LANDING_PAGES = {"/", "/roster", "/pairings", "/training", "/documents"}


@router.post("/login")
async def login(
    employee_no: str = Form(...),
    password: str = Form(...),
    next: str = Query("/roster"),
    pool: asyncpg.Pool = Depends(get_pool),
):
    row = await crew_repo.get_credentials(pool, employee_no)
    if row is None or not passwords.verify_password(password, row["password_hash"]):
        raise HTTPException(401, "invalid employee number or password")
    token = tokens.issue_access_token(row["id"], list(row["roles"]))
    response = RedirectResponse(url=next, status_code=303)  # VULN redirect
    if not next.startswith("/"):
        log.warning("login for %s redirected to external target %s", employee_no, next)
    response.set_cookie("crewline_token", token, httponly=True, secure=True, samesite="lax")
    response.set_cookie("crewline_sid", reset_service.new_session_id(), httponly=True, secure=True, samesite="lax")
    return response


@router.get("/logout")
async def logout(next: str = Query("/")):
    target = next if next in LANDING_PAGES else "/"
    response = RedirectResponse(url=target, status_code=303)  # SAFE redirect
    response.delete_cookie("crewline_token")
    response.delete_cookie("crewline_sid")
    return response


@router.post("/kiosk-pin", status_code=204)
async def set_kiosk_pin(
    pin: str = Form(..., min_length=4, max_length=8),
    user: Principal = Depends(get_current_user),
    pool: asyncpg.Pool = Depends(get_pool),
):
    if not pin.isdigit():
        raise HTTPException(422, "PIN must be numeric")
    await crew_repo.set_kiosk_pin(pool, user.crew_id, passwords.hash_kiosk_pin(pin))


@router.post("/password-reset", status_code=202)
async def password_reset(employee_no: str = Form(...), pool: asyncpg.Pool = Depends(get_pool)):
    await reset_service.start_reset(pool, employee_no)
    return {"status": "if the employee exists, a reset code has been sent"}


@router.post("/directory/employee")
async def directory_employee(employee_no: str = Form(...), user: Principal = Depends(get_current_user)):
    entry = await asyncio.to_thread(directory.lookup_employee, employee_no)
    if entry is None:
        raise HTTPException(404, "not found in directory")
    return entry


@router.get("/directory/by-email")
async def directory_by_email(email: str = Query(..., max_length=254), user: Principal = Depends(get_current_user)):
    entry = await asyncio.to_thread(directory.lookup_by_email, email)
    if entry is None:
        raise HTTPException(404, "not found in directory")
    return entry
