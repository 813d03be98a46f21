"""Customer account persistence."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from aquameter.tables import accounts, meters


class AccountRepository:
    SORT_COLUMNS = {
        "name": "a.holder_name",
        "number": "a.account_number",
        "balance": "a.balance_cents",
        "district": "a.district_code",
    }

    def __init__(self, session: Session) -> None:
        self.session = session

    def search(self, q: str, sort: str, direction: str, limit: int) -> list[Any]:
        order_by = self.SORT_COLUMNS.get(sort, sort)
        params = {"q": f"%{q}%", "exact": q, "limit": limit}
        return self.session.execute(text(f"SELECT a.id, a.account_number, a.holder_name, a.district_code, a.balance_cents FROM accounts a WHERE a.holder_name ILIKE :q OR a.account_number = :exact ORDER BY {order_by} {direction} LIMIT :limit"), params).mappings().all()  # VULN sqli

    def get_by_number(self, account_number: str) -> Any | None:
        return self.session.execute(text("SELECT a.id, a.account_number, a.holder_name, a.email, a.service_address, a.district_code, a.balance_cents, a.service_notes FROM accounts a WHERE a.account_number = :number"), {"number": account_number}).mappings().first()  # SAFE sqli

    def get(self, account_id: int) -> Any | None:
        stmt = select(
            accounts.c.id,
            accounts.c.account_number,
            accounts.c.holder_name,
            accounts.c.email,
            accounts.c.service_address,
            accounts.c.district_code,
            accounts.c.balance_cents,
            accounts.c.service_notes,
        ).where(accounts.c.id == account_id)
        return self.session.execute(stmt).mappings().first()

    def update_notes(self, account_id: int, notes: str) -> None:
        self.session.execute(update(accounts).where(accounts.c.id == account_id).values(service_notes=notes))

    def get_credentials(self, email: str) -> Any | None:
        stmt = select(
            accounts.c.id,
            accounts.c.account_number,
            accounts.c.email,
            accounts.c.portal_password_hash,
            accounts.c.portal_password_salt,
            accounts.c.reset_code,
            accounts.c.reset_expires_at,
        ).where(accounts.c.email == email.lower())
        return self.session.execute(stmt).mappings().first()

    def set_portal_credentials(self, account_id: int, email: str, password_hash: str, salt: str) -> None:
        self.session.execute(
            update(accounts)
            .where(accounts.c.id == account_id)
            .values(email=email.lower(), portal_password_hash=password_hash, portal_password_salt=salt)
        )

    def store_reset_code(self, account_id: int, code: str | None, expires_at: datetime | None) -> None:
        self.session.execute(
            update(accounts).where(accounts.c.id == account_id).values(reset_code=code, reset_expires_at=expires_at)
        )

    def store_invite_token(self, account_id: int, token: str) -> None:
        self.session.execute(update(accounts).where(accounts.c.id == account_id).values(invite_token=token))

    def meters_for_account(self, account_id: int) -> list[Any]:
        stmt = select(meters.c.id, meters.c.serial, meters.c.model, meters.c.status).where(
            meters.c.account_id == account_id
        )
        return self.session.execute(stmt).mappings().all()
