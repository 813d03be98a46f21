"""Input validation helpers shared by the blueprints."""
import re
from urllib.parse import urlparse

from werkzeug.exceptions import BadRequest

from ..config import settings

PERMIT_REF_RE = re.compile(r"^CL-\d{4}-\d{6}$")
PARCEL_ID_RE = re.compile(r"^[0-9]{3}-[0-9]{3}-[0-9]{3}$")
USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{2,31}$")

REPORT_SORT_COLUMNS = {
    "submitted": "submitted_at",
    "district": "district",
    "applicant": "applicant_name",
    "status": "status",
}
SORT_DIRECTIONS = {"asc", "desc"}

NOTICE_KINDS = {"approval", "rejection", "inspection_reminder", "expiry_warning"}


class ValidationError(BadRequest):
    pass


def require_permit_ref(value: str | None) -> str:
    if not value or not PERMIT_REF_RE.fullmatch(value):
        raise ValidationError("invalid permit reference")
    return value


def require_parcel_id(value: str | None) -> str:
    if not value or not PARCEL_ID_RE.fullmatch(value):
        raise ValidationError("invalid parcel id")
    return value


def report_sort_column(key: str | None) -> str:
    return REPORT_SORT_COLUMNS.get(key or "", "submitted_at")


def parse_district(value: str | None) -> int:
    try:
        district = int(value or "")
    except ValueError as exc:
        raise ValidationError("district must be a number") from exc
    if not 1 <= district <= 40:
        raise ValidationError("unknown district")
    return district


def is_safe_redirect(target: str | None) -> bool:
    if not target:
        return False
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc:
        return parsed.scheme == "https" and parsed.netloc == settings.PUBLIC_HOST
    return target.startswith("/") and not target.startswith("//") and "\\" not in target


def is_trusted_webhook(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme == "https" and parsed.hostname in settings.WEBHOOK_HOSTS
