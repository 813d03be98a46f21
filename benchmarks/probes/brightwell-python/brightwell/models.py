"""Peewee models for plots, gardeners, bookings and the produce exchange."""
import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from brightwell.db import database


def _now():
    return dt.datetime.utcnow()


class BaseModel(Model):
    created_at = DateTimeField(default=_now)

    class Meta:
        database = database


class Site(BaseModel):
    slug = CharField(unique=True)
    name = CharField()
    address = TextField()
    coordinator_email = CharField(null=True)
    weather_station = IntegerField(null=True)
    fee_rule = TextField(null=True)
    gateway_host = CharField(null=True)


class Gardener(BaseModel):
    username = CharField(unique=True)
    email = CharField(unique=True)
    display_name = CharField()
    password_hash = CharField()
    role = CharField(default="member")  # member | coordinator | admin | kiosk
    bio = TextField(default="")
    website = CharField(null=True)
    home_site = ForeignKeyField(Site, null=True, backref="members")
    is_active = BooleanField(default=True)


class Plot(BaseModel):
    site = ForeignKeyField(Site, backref="plots")
    code = CharField(unique=True)
    size_m2 = DecimalField(decimal_places=1)
    soil = CharField(default="loam")
    has_water = BooleanField(default=True)
    raised_bed = BooleanField(default=False)
    status = CharField(default="available")
    notes = TextField(default="")


class Booking(BaseModel):
    plot = ForeignKeyField(Plot, backref="bookings")
    gardener = ForeignKeyField(Gardener, backref="bookings")
    season = IntegerField()
    start_date = DateField()
    end_date = DateField()
    status = CharField(default="pending")  # pending | confirmed | waitlisted | cancelled
    fee_pence = IntegerField(default=0)


class Listing(BaseModel):
    gardener = ForeignKeyField(Gardener, backref="listings")
    title = CharField()
    description = TextField(default="")
    produce_type = CharField()
    quantity = DecimalField(decimal_places=2)
    unit = CharField(default="kg")
    photo_name = CharField(null=True)
    status = CharField(default="open")


class ExchangeOffer(BaseModel):
    listing = ForeignKeyField(Listing, backref="offers")
    offerer = ForeignKeyField(Gardener, backref="offers")
    message = TextField(default="")
    status = CharField(default="open")
    pickup_code = CharField(null=True)


class Webhook(BaseModel):
    owner = ForeignKeyField(Gardener, backref="webhooks")
    target_url = CharField()
    event = CharField()
    signing_secret = CharField()
    active = BooleanField(default=True)


class SavedReport(BaseModel):
    owner = ForeignKeyField(Gardener, backref="reports")
    title = CharField()
    site_filter = CharField(default="")
    produce_filter = CharField(default="")
    season = IntegerField(null=True)


class PasswordReset(BaseModel):
    gardener = ForeignKeyField(Gardener, backref="resets")
    token = CharField(unique=True)
    expires_at = DateTimeField()
    used = BooleanField(default=False)


class Invitation(BaseModel):
    site = ForeignKeyField(Site, backref="invitations")
    email = CharField()
    code = CharField(unique=True)
    accepted = BooleanField(default=False)


class Newsletter(BaseModel):
    site = ForeignKeyField(Site, backref="newsletters")
    subject = CharField()
    template_source = TextField()
    author = ForeignKeyField(Gardener)
    sent = BooleanField(default=False)


class ExportJob(BaseModel):
    requested_by = ForeignKeyField(Gardener)
    kind = CharField()
    label = CharField()
    status = CharField(default="queued")
    output_name = CharField(null=True)


ALL_MODELS = [
    Site, Gardener, Plot, Booking, Listing, ExchangeOffer, Webhook,
    SavedReport, PasswordReset, Invitation, Newsletter, ExportJob,
]


def create_tables():
    database.create_tables(ALL_MODELS, safe=True)
