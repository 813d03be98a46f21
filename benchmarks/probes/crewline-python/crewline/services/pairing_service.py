"""Pairing search, notes and feed import orchestration."""
from sqlalchemy.ext.asyncio import AsyncSession

from crewline.orm import Pairing
from crewline.repositories import pairing_repo
from crewline.schemas import PairingSearch
from crewline.utils import sqlfrag


async def search(session: AsyncSession, criteria: PairingSearch) -> list[Pairing]:
    clause = sqlfrag.where_clause(criteria)
    return await pairing_repo.search(session, clause)


async def by_code(session: AsyncSession, code: str):
    return await pairing_repo.by_code(session, code)


async def add_note(session: AsyncSession, code: str, author_id: int, author_name: str, body: str, status: str) -> bool:
    pairing = await pairing_repo.by_code(session, code)
    if pairing is None:
        return False
    await pairing_repo.add_note(session, pairing["id"], author_id, author_name, body, status.upper())
    return True


async def notes_for(session: AsyncSession, code: str):
    pairing = await pairing_repo.by_code(session, code)
    if pairing is None:
        return None
    return await pairing_repo.notes_for(session, pairing["id"])
