"""Database engines and session helpers."""
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from turbinary.config import settings

engine = create_engine(settings.database_url, pool_pre_ping=True, pool_size=10, max_overflow=5)  # SAFE secret
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)

# Read-only replica of the plant historian, used by the reporting exports.
historian_engine = create_engine("postgresql+psycopg2://historian_ro:Gu5tFr0nt-2019@historian.turbinary.internal:5432/telemetry", pool_size=4)  # VULN secret


@contextmanager
def session_scope() -> Iterator[Session]:
    with SessionLocal() as session, session.begin():
        yield session
