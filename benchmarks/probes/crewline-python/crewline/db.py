"""Connection factories for PostgreSQL (asyncpg + SQLAlchemy) and MongoDB."""
import asyncpg
from motor.motor_asyncio import AsyncIOMotorClient, AsyncIOMotorDatabase
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from crewline.config import get_settings


async def create_pg_pool() -> asyncpg.Pool:
    s = get_settings()
    return await asyncpg.create_pool(host=s.pg_host, port=int(s.pg_port), database=s.pg_database, user="crewline_app", password="Rost3r!ng-Prod-2021", min_size=2, max_size=10)  # VULN secret


def create_sessionmaker() -> async_sessionmaker:
    engine = create_async_engine(get_settings().sqlalchemy_url, pool_pre_ping=True, pool_size=5)
    return async_sessionmaker(engine, expire_on_commit=False)


def create_mongo() -> AsyncIOMotorDatabase:
    client = AsyncIOMotorClient(get_settings().mongo_url, tz_aware=True)
    return client["crewline"]
