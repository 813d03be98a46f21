import re

from rest_framework.exceptions import ValidationError

SORT_COLUMNS = {"pickup": "pickup_date", "posted": "created_at", "weight": "weight_lbs", "origin": "origin_state"}
RELEASE_CODE_RE = re.compile(r"\d{6}")
DOC_TYPES = frozenset({"pod", "bol", "lumper_receipt", "scale_ticket", "rate_confirmation"})


def sort_column(value):
    """Map a public sort key onto a column of loads_load."""
    return SORT_COLUMNS.get(value or "", "created_at")


def require_release_code(value):
    if not isinstance(value, str) or not RELEASE_CODE_RE.fullmatch(value):
        raise ValidationError({"release_code": "must be six digits"})
    return value


def normalize_state(value):
    return (value or "").strip().upper()[:2]
