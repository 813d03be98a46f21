"""Peewee models for the station catalogue."""
from __future__ import annotations

import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
)

from airwave.db import database


class BaseModel(Model):
    class Meta:
        database = database


class Host(BaseModel):
    username = CharField(unique=True, max_length=64)
    display_name = CharField(max_length=120)
    email = CharField(max_length=200)
    bio = TextField(default="")
    website = CharField(max_length=400, default="")
    password_hash = CharField(max_length=256)
    kiosk_password_hash = CharField(max_length=64, default="")
    is_admin = BooleanField(default=False)
    reset_token = CharField(max_length=128, null=True)
    reset_expires = DateTimeField(null=True)


class Show(BaseModel):
    slug = CharField(unique=True, max_length=80)
    title = CharField(max_length=200)
    description = TextField(default="")
    genre = CharField(max_length=60, default="eclectic")
    host = ForeignKeyField(Host, backref="shows")
    weekday = IntegerField()
    start_time = TimeField()
    duration_minutes = IntegerField(default=60)
    announcement_template = TextField(default="")
    schedule_rule = TextField(default="")
    active = BooleanField(default=True)


class Episode(BaseModel):
    show = ForeignKeyField(Show, backref="episodes")
    title = CharField(max_length=200)
    air_date = DateField()
    audio_file = CharField(max_length=300, default="")
    transcript_file = CharField(max_length=300, default="")
    duration_seconds = IntegerField(default=0)
    published = BooleanField(default=False)
    created_at = DateTimeField(default=dt.datetime.utcnow)


class Track(BaseModel):
    episode = ForeignKeyField(Episode, backref="tracks")
    position = IntegerField()
    artist = CharField(max_length=200)
    title = CharField(max_length=200)
    album = CharField(max_length=200, default="")
    label = CharField(max_length=200, default="")


class Dedication(BaseModel):
    show = ForeignKeyField(Show, backref="dedications")
    listener_name = CharField(max_length=80)
    message = TextField()
    song_request = CharField(max_length=200, default="")
    created_at = DateTimeField(default=dt.datetime.utcnow)
    approved = BooleanField(default=False)


class Webhook(BaseModel):
    owner = ForeignKeyField(Host, backref="webhooks")
    target_url = CharField(max_length=500)
    event = CharField(max_length=40)
    secret = CharField(max_length=80)


class FeedSubscription(BaseModel):
    show = ForeignKeyField(Show, backref="feeds")
    feed_url = CharField(max_length=500)
    last_checked = DateTimeField(null=True)
    last_status = CharField(max_length=40, default="pending")


ALL_MODELS = [Host, Show, Episode, Track, Dedication, Webhook, FeedSubscription]
