"""Parsing and validation helpers for form and query values."""
from __future__ import annotations

import re
from datetime import date
from typing import Mapping

URN_PATTERN = re.compile(r"^\d{6}$")
TITLE_PATTERN = re.compile(r"[A-Za-z0-9 ,.'-]+")
POSTCODE_PATTERN = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")
YEAR_GROUPS = ("Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6", "Year 7", "Year 8", "Year 9")


class FormError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def as_int(raw: str | None, field: str, minimum: int = 0, maximum: int = 10_000) -> int:
    try:
        value = int(raw or "0")
    except ValueError as exc:
        raise FormError(field, "must be a whole number") from exc
    if not minimum <= value <= maximum:
        raise FormError(field, f"must be between {minimum} and {maximum}")
    return value


def as_date(raw: str | None, field: str) -> date:
    try:
        return date.fromisoformat(raw or "")
    except ValueError as exc:
        raise FormError(field, "must be a date (YYYY-MM-DD)") from exc


def required(data: Mapping[str, str], field: str, max_len: int = 200) -> str:
    value = (data.get(field) or "").strip()
    if not value:
        raise FormError(field, "is required")
    if len(value) > max_len:
        raise FormError(field, "is too long")
    return value


def valid_urn(value: str) -> bool:
    return bool(URN_PATTERN.match(value))


def valid_title(value: str) -> bool:
    return bool(TITLE_PATTERN.search(value))


def normalise_postcode(raw: str) -> str | None:
    value = raw.strip().upper()
    return value if POSTCODE_PATTERN.match(value) else None
