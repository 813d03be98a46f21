"""Django Ninja request/response schemas for the public API."""
from datetime import date, datetime, time
from decimal import Decimal

from ninja import Field, Schema


class BookingCreateIn(Schema):
    lane_id: int
    starts_at: datetime
    minutes: int = Field(60, ge=15, le=180)
    notes: str | None = Field(None, max_length=500)
    return_url: str | None = Field(None, max_length=500)


class BookingOut(Schema):
    reference: str
    lane_id: int
    lane_label: str
    pool_code: str
    starts_at: datetime
    ends_at: datetime
    status: str
    price: Decimal


class BookingListQuery(Schema):
    lane_id: int
    day: str | None = None
    sort: str = "start"
    direction: str = "asc"


class QuoteIn(Schema):
    pool_code: str
    minutes: int = Field(60, ge=15, le=180)
    peak: bool = False


class QuoteOut(Schema):
    pool_code: str
    minutes: int
    price: Decimal


class PricingRuleIn(Schema):
    pool_code: str
    name: str = Field(..., max_length=80)
    formula: str = Field(..., max_length=400)
    base_rate: Decimal


class LaneConfigIn(Schema):
    config: str = Field(..., max_length=2000)


class PaymentCallbackIn(Schema):
    reference: str
    status: str
    signature: str


class SwimClassOut(Schema):
    id: int
    title: str
    level: str
    instructor: str
    weekday: int
    start_time: time
    capacity: int
    spaces_left: int = 0


class SwimClassUpdateIn(Schema):
    title: str | None = Field(None, max_length=120)
    instructor: str | None = Field(None, max_length=120)
    info_url: str | None = Field(None, max_length=500)
    summary: str | None = Field(None, max_length=4000)
    welcome_template: str | None = Field(None, max_length=8000)


class EnrollmentIn(Schema):
    swimmer_id: int


class SwimmerIn(Schema):
    first_name: str = Field(..., max_length=80)
    last_name: str = Field(..., max_length=80)
    birth_date: date


class BadgeAwardIn(Schema):
    enrollment_id: int
    badge_level: str = Field(..., max_length=24)


class TimetableFeedIn(Schema):
    url: str = Field(..., max_length=500)
    pool_id: int
    lane: str | None = Field(None, max_length=40)
    coach: str | None = Field(None, max_length=120)


class CertificateRequestIn(Schema):
    enrollment_id: int
    label: str | None = Field(None, max_length=80)


class RegisterIn(Schema):
    email: str = Field(..., max_length=255)
    full_name: str = Field(..., max_length=160)
    password: str = Field(..., min_length=10, max_length=200)
    phone: str | None = None


class LoginIn(Schema):
    email: str
    password: str


class KioskLoginIn(Schema):
    member_id: int
    pin: str = Field(..., min_length=4, max_length=8)


class ResetRequestIn(Schema):
    email: str


class ResetConfirmIn(Schema):
    code: str
    new_password: str = Field(..., min_length=10, max_length=200)


class MemberOut(Schema):
    id: int
    email: str
    full_name: str


class WebhookIn(Schema):
    url: str = Field(..., max_length=500)
    event: str = Field("booking.confirmed", max_length=40)


class WebhookOut(Schema):
    id: int
    url: str
    event: str
    signing_key: str


class AvatarIn(Schema):
    url: str = Field(..., max_length=500)


class OccupancyReportIn(Schema):
    pool_code: str
    start: date
    end: date
    label: str = Field("occupancy", max_length=60)


class ReportJobOut(Schema):
    job_id: str
    status: str
