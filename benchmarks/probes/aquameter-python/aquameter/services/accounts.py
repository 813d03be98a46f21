"""Customer accounts and portal credentials."""
from __future__ import annotations

import hmac
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from aquameter.repositories.accounts import AccountRepository
from aquameter.schemas.accounts import (
    AccountDetail,
    AccountSearch,
    AccountSummary,
    PasswordResetConfirm,
    PortalRegistration,
)
from aquameter.security.credentials import (
    hash_portal_password,
    new_portal_salt,
    password_reset_code,
    portal_invitation_token,
    verify_portal_password,
)

RESET_CODE_TTL = timedelta(minutes=20)


class AccountNotFound(LookupError):
    pass


class AuthenticationFailed(Exception):
    pass


class AccountService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.accounts = AccountRepository(session)

    def search(self, params: AccountSearch) -> list[AccountSummary]:
        rows = self.accounts.search(params.q.strip(), params.sort, params.direction, params.limit)
        return [AccountSummary.model_validate(dict(row)) for row in rows]

    def get_by_number(self, account_number: str) -> AccountDetail:
        row = self.accounts.get_by_number(account_number)
        if row is None:
            raise AccountNotFound(account_number)
        return AccountDetail.model_validate(dict(row))

    def get(self, account_id: int) -> AccountDetail:
        row = self.accounts.get(account_id)
        if row is None:
            raise AccountNotFound(str(account_id))
        return AccountDetail.model_validate(dict(row))

    def meters(self, account_id: int) -> list[dict[str, Any]]:
        return [dict(r) for r in self.accounts.meters_for_account(account_id)]

    def update_service_notes(self, account_id: int, notes: str) -> None:
        self.accounts.update_notes(account_id, notes.strip())

    def register_portal_user(self, registration: PortalRegistration) -> AccountDetail:
        account = self.get_by_number(registration.account_number)
        salt = new_portal_salt()
        self.accounts.set_portal_credentials(
            account.id, registration.email, hash_portal_password(registration.password, salt), salt
        )
        return account

    def authenticate_portal(self, email: str, password: str) -> dict[str, Any]:
        row = self.accounts.get_credentials(email)
        if row is None or not row["portal_password_hash"]:
            raise AuthenticationFailed(email)
        if not verify_portal_password(password, row["portal_password_salt"], row["portal_password_hash"]):
            raise AuthenticationFailed(email)
        return dict(row)

    def start_password_reset(self, email: str) -> tuple[str, str] | None:
        row = self.accounts.get_credentials(email)
        if row is None:
            return None
        code = password_reset_code()
        self.accounts.store_reset_code(row["id"], code, datetime.now(tz=UTC) + RESET_CODE_TTL)
        return row["email"], code

    def complete_password_reset(self, confirm: PasswordResetConfirm) -> None:
        row = self.accounts.get_credentials(confirm.email)
        if row is None or not row["reset_code"] or row["reset_expires_at"] is None:
            raise AuthenticationFailed(confirm.email)
        if row["reset_expires_at"] < datetime.now(tz=UTC):
            raise AuthenticationFailed(confirm.email)
        if not hmac.compare_digest(row["reset_code"], confirm.code):
            raise AuthenticationFailed(confirm.email)
        salt = new_portal_salt()
        self.accounts.set_portal_credentials(row["id"], row["email"], hash_portal_password(confirm.new_password, salt), salt)
        self.accounts.store_reset_code(row["id"], None, None)

    def invite(self, account_number: str) -> str:
        account = self.get_by_number(account_number)
        token = portal_invitation_token()
        self.accounts.store_invite_token(account.id, token)
        return token
