"""Huey instance shared by producers (web/admin/api) and the consumer."""
from huey import SqliteHuey

from brightwell.config import settings

huey = SqliteHuey("brightwell", filename=settings.huey_db, immediate=settings.env == "test")
