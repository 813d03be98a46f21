"""The two forms of an email address: the one stored at sign-up, and the sign-in throttle's."""

from __future__ import annotations

import unicodedata


def email_normalize(raw: str) -> str:
    """The address as stored: trimmed and lower-cased, once, when the account or invitation is
    created. Look-ups stay case-insensitive in SQL."""
    return raw.strip().lower()


def email_throttle_form(raw: str) -> str:
    """One spelling for every address the database's case-insensitive look-up may treat as the
    same account, so look-alikes share one sign-in budget.

    PostgreSQL compares ``UPPER()``s, and upper-casing folds the long s (U+017F) to 'S', the
    dotless i (U+0131) to 'I' and the Kelvin sign to 'K'; Python's ``lower()`` keeps them apart.
    NFKC plus upper-then-lower folds them (and a little more, which only shares budgets more
    widely, never less).
    """
    return unicodedata.normalize("NFKC", raw.strip()).upper().lower()
