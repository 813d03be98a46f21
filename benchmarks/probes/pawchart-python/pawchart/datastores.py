"""Connections to the analytics warehouse (asyncpg) and the lab store (MongoDB)."""
from __future__ import annotations

import asyncpg
from motor.motor_asyncio import AsyncIOMotorClient, AsyncIOMotorDatabase

from pawchart.config import Settings


class _Stores:
    def __init__(self) -> None:
        self.analytics_pool: asyncpg.Pool | None = None
        self.mongo: AsyncIOMotorClient | None = None
        self.mongo_db_name: str = "pawchart_labs"


stores = _Stores()


async def open_stores(settings: Settings) -> None:
    stores.analytics_pool = await asyncpg.create_pool(
        dsn=settings.analytics_dsn,
        min_size=1,
        max_size=8,
        command_timeout=30,
    )
    stores.mongo = AsyncIOMotorClient(settings.mongo_url, tz_aware=True)
    stores.mongo_db_name = settings.mongo_db


async def close_stores() -> None:
    if stores.analytics_pool is not None:
        await stores.analytics_pool.close()
        stores.analytics_pool = None
    if stores.mongo is not None:
        stores.mongo.close()
        stores.mongo = None


def get_analytics_pool() -> asyncpg.Pool:
    if stores.analytics_pool is None:
        raise RuntimeError("analytics pool is not initialised")
    return stores.analytics_pool


def get_lab_db() -> AsyncIOMotorDatabase:
    if stores.mongo is None:
        raise RuntimeError("mongo client is not initialised")
    return stores.mongo[stores.mongo_db_name]
