"""Pairing persistence (SQLAlchemy 2 async)."""
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from crewline.orm import Pairing, PairingNote


async def search(session: AsyncSession, clause: str) -> list[Pairing]:
    stmt = select(Pairing).where(text(clause)).order_by(Pairing.report_time).limit(200)  # VULN sqli
    result = await session.execute(stmt)
    return list(result.scalars())


async def by_code(session: AsyncSession, code: str):
    result = await session.execute(text("SELECT id, pairing_code, home_base, aircraft_type, report_time, release_time, sectors, block_minutes, rest_before_minutes, starts_at_home_base FROM pairing WHERE pairing_code = :code"), {"code": code})  # SAFE sqli
    return result.mappings().first()


async def add_note(session: AsyncSession, pairing_id: int, author_id: int, author_name: str, body: str, status: str) -> None:
    session.add(PairingNote(pairing_id=pairing_id, author_id=author_id, author_name=author_name, body=body, status=status))
    await session.commit()


async def notes_for(session: AsyncSession, pairing_id: int) -> list[PairingNote]:
    stmt = select(PairingNote).where(PairingNote.pairing_id == pairing_id).order_by(PairingNote.created_at.desc())
    result = await session.execute(stmt)
    return list(result.scalars())
