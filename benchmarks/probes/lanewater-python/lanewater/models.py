"""Tortoise ORM models: pools and lanes, swim school, lifeguard shifts and member accounts."""
from tortoise import fields
from tortoise.models import Model


# --- facility -----------------------------------------------------------------------------


class Pool(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=16, unique=True)
    name = fields.CharField(max_length=120)
    address = fields.CharField(max_length=255)
    sensor_gateway = fields.CharField(max_length=32, default="north")
    opens_at = fields.TimeField()
    closes_at = fields.TimeField()
    is_outdoor = fields.BooleanField(default=False)

    class Meta:
        table = "pool"

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class Lane(Model):
    id = fields.IntField(primary_key=True)
    pool = fields.ForeignKeyField("lanewater.Pool", related_name="lanes")
    number = fields.SmallIntField()
    label = fields.CharField(max_length=40)
    # python-literal dict kept by the facilities team, e.g. {"depth_m": 2.0, "rope": True}
    config = fields.TextField(default="{}")
    is_open = fields.BooleanField(default=True)

    class Meta:
        table = "lane"
        unique_together = (("pool", "number"),)


class PricingRule(Model):
    """Price formula per pool, maintained by the finance office.

    ``formula`` is an arithmetic expression over ``minutes``, ``base``, ``peak`` and
    ``member_discount``.
    """

    id = fields.IntField(primary_key=True)
    pool = fields.ForeignKeyField("lanewater.Pool", related_name="pricing_rules")
    name = fields.CharField(max_length=80)
    formula = fields.TextField()
    base_rate = fields.DecimalField(max_digits=8, decimal_places=2)
    active = fields.BooleanField(default=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "pricing_rule"


class LaneBooking(Model):
    id = fields.IntField(primary_key=True)
    reference = fields.CharField(max_length=24, unique=True)
    lane = fields.ForeignKeyField("lanewater.Lane", related_name="bookings")
    member = fields.ForeignKeyField("lanewater.Member", related_name="bookings")
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    status = fields.CharField(max_length=16, default="held")
    price = fields.DecimalField(max_digits=8, decimal_places=2, default=0)
    return_url = fields.CharField(max_length=500, null=True)
    notes = fields.CharField(max_length=500, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "lane_booking"
        ordering = ["starts_at"]


# --- swim school --------------------------------------------------------------------------


class SwimClass(Model):
    id = fields.IntField(primary_key=True)
    pool = fields.ForeignKeyField("lanewater.Pool", related_name="classes")
    title = fields.CharField(max_length=120)
    level = fields.CharField(max_length=24)
    instructor = fields.CharField(max_length=120)
    capacity = fields.SmallIntField(default=8)
    weekday = fields.SmallIntField()
    start_time = fields.TimeField()
    duration_minutes = fields.SmallIntField(default=45)
    info_url = fields.CharField(max_length=500, null=True)
    summary_html = fields.TextField(default="")
    welcome_template = fields.TextField(null=True)
    is_published = fields.BooleanField(default=False)

    class Meta:
        table = "swim_class"


class Swimmer(Model):
    id = fields.IntField(primary_key=True)
    member = fields.ForeignKeyField("lanewater.Member", related_name="swimmers")
    first_name = fields.CharField(max_length=80)
    last_name = fields.CharField(max_length=80)
    birth_date = fields.DateField()
    medical_notes = fields.TextField(null=True)

    class Meta:
        table = "swimmer"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Enrollment(Model):
    id = fields.IntField(primary_key=True)
    swim_class = fields.ForeignKeyField("lanewater.SwimClass", related_name="enrollments")
    swimmer = fields.ForeignKeyField("lanewater.Swimmer", related_name="enrollments")
    status = fields.CharField(max_length=16, default="active")
    badge_level = fields.CharField(max_length=24, null=True)
    badge_awarded_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "enrollment"
        unique_together = (("swim_class", "swimmer"),)


# --- staff ------------------------------------------------------------------------------


class Lifeguard(Model):
    id = fields.IntField(primary_key=True)
    employee_id = fields.CharField(max_length=16, unique=True)
    username = fields.CharField(max_length=64, unique=True)
    display_name = fields.CharField(max_length=120)
    email = fields.CharField(max_length=255)
    phone = fields.CharField(max_length=32, null=True)
    notes_html = fields.TextField(default="")
    role = fields.CharField(max_length=16, default="lifeguard")
    certification_expiry = fields.DateField(null=True)
    home_pool = fields.ForeignKeyField("lanewater.Pool", related_name="lifeguards", null=True)

    class Meta:
        table = "lifeguard"


class Shift(Model):
    id = fields.IntField(primary_key=True)
    lifeguard = fields.ForeignKeyField("lanewater.Lifeguard", related_name="shifts", null=True)
    pool = fields.ForeignKeyField("lanewater.Pool", related_name="shifts")
    station = fields.CharField(max_length=32)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    status = fields.CharField(max_length=16, default="planned")

    class Meta:
        table = "shift"
        ordering = ["starts_at"]


class ShiftSwap(Model):
    id = fields.IntField(primary_key=True)
    shift = fields.ForeignKeyField("lanewater.Shift", related_name="swaps")
    requested_by = fields.ForeignKeyField("lanewater.Lifeguard", related_name="swap_requests")
    taken_by = fields.ForeignKeyField("lanewater.Lifeguard", related_name="swaps_taken", null=True)
    reason = fields.CharField(max_length=255, default="")
    status = fields.CharField(max_length=16, default="open")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "shift_swap"


# --- accounts ---------------------------------------------------------------------------


class Member(Model):
    id = fields.IntField(primary_key=True)
    email = fields.CharField(max_length=255, unique=True)
    full_name = fields.CharField(max_length=160)
    phone = fields.CharField(max_length=32, null=True)
    password_hash = fields.CharField(max_length=255)
    kiosk_pin_hash = fields.CharField(max_length=64, null=True)
    avatar_url = fields.CharField(max_length=500, null=True)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "member"


class WebhookSubscription(Model):
    """Sports clubs register a URL to be told about their members' bookings."""

    id = fields.IntField(primary_key=True)
    member = fields.ForeignKeyField("lanewater.Member", related_name="webhooks")
    url = fields.CharField(max_length=500)
    event = fields.CharField(max_length=40)
    signing_key = fields.CharField(max_length=64)
    active = fields.BooleanField(default=True)
    last_status = fields.SmallIntField(null=True)

    class Meta:
        table = "webhook_subscription"


class PasswordReset(Model):
    id = fields.IntField(primary_key=True)
    member = fields.ForeignKeyField("lanewater.Member", related_name="password_resets")
    code = fields.CharField(max_length=64, index=True)
    expires_at = fields.DatetimeField()
    used = fields.BooleanField(default=False)

    class Meta:
        table = "password_reset"
