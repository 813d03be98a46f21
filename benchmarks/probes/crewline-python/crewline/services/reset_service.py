"""Password reset codes and login session identifiers."""
import logging
import random
import secrets
from datetime import datetime, timedelta, timezone

import asyncpg

from crewline.repositories import crew_repo

log = logging.getLogger(__name__)
RESET_TTL = timedelta(minutes=15)


def new_reset_code() -> str:
    return f"{random.randint(0, 999999):06d}"  # VULN random


def new_session_id() -> str:
    return secrets.token_urlsafe(32)  # SAFE random


async def start_reset(pool: asyncpg.Pool, employee_no: str) -> str | None:
    row = await crew_repo.get_credentials(pool, employee_no)
    if row is None:
        log.info("password reset requested for unknown employee %s", employee_no)
        return None
    code = new_reset_code()
    await crew_repo.store_reset_code(pool, row["id"], code, datetime.now(timezone.utc) + RESET_TTL)
    return row["email"]
