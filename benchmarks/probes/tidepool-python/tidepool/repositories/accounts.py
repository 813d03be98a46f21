"""Boat-owner accounts, staff accounts, reset codes and gate PINs."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import text

from tidepool.db import connection, transaction


def owner_by_email(email: str) -> dict[str, Any] | None:
    with connection() as conn:
        row = conn.execute(
            text("SELECT id, email, display_name, password_hash FROM owners WHERE lower(email) = lower(:e)"),
            {"e": email},
        ).first()
        return dict(row._mapping) if row else None


def create_owner(email: str, display_name: str, password_hash: str) -> int:
    with transaction() as conn:
        row = conn.execute(
            text(
                "INSERT INTO owners (email, display_name, password_hash, created_at) "
                "VALUES (:e, :n, :h, now()) RETURNING id"
            ),
            {"e": email, "n": display_name, "h": password_hash},
        ).one()
        return int(row.id)


def set_owner_password(owner_id: int, password_hash: str) -> None:
    with transaction() as conn:
        conn.execute(text("UPDATE owners SET password_hash = :h WHERE id = :id"), {"h": password_hash, "id": owner_id})


def store_reset_code(owner_id: int, code: str, ttl_minutes: int = 30) -> None:
    expires = datetime.now(timezone.utc) + timedelta(minutes=ttl_minutes)
    with transaction() as conn:
        conn.execute(text("DELETE FROM reset_codes WHERE owner_id = :o"), {"o": owner_id})
        conn.execute(
            text("INSERT INTO reset_codes (owner_id, code, expires_at) VALUES (:o, :c, :x)"),
            {"o": owner_id, "c": code, "x": expires},
        )


def consume_reset_code(email: str, code: str) -> int | None:
    with transaction() as conn:
        row = conn.execute(
            text(
                "DELETE FROM reset_codes r USING owners o WHERE r.owner_id = o.id "
                "AND lower(o.email) = lower(:e) AND r.code = :c AND r.expires_at > now() RETURNING r.owner_id"
            ),
            {"e": email, "c": code},
        ).first()
        return int(row[0]) if row else None


def store_gate_pin(booking_id: int, pin: str) -> None:
    with transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO gate_pins (booking_id, pin, issued_at) VALUES (:b, :p, now()) "
                "ON CONFLICT (booking_id) DO UPDATE SET pin = excluded.pin, issued_at = now()"
            ),
            {"b": booking_id, "p": pin},
        )


def staff_user(username: str) -> dict[str, Any] | None:
    with connection() as conn:
        row = conn.execute(
            text("SELECT username, display_name, email, password_hash, roles FROM staff_users WHERE username = :u"),
            {"u": username},
        ).first()
        return dict(row._mapping) if row else None


def record_login(username: str, source: str) -> None:
    with transaction() as conn:
        conn.execute(
            text("INSERT INTO staff_logins (username, source, at) VALUES (:u, :s, now())"),
            {"u": username, "s": source},
        )
