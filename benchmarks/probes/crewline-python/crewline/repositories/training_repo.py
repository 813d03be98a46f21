"""Training records live in a local SQLite database synced from the LMS."""
import aiosqlite

from crewline.config import get_settings


async def records_for(crew_id: int) -> list[dict]:
    async with aiosqlite.connect(get_settings().training_db_path) as db:
        db.row_factory = aiosqlite.Row
        async with db.execute("SELECT course_code, completed_on, expires_on, examiner FROM training_record WHERE crew_id = ? ORDER BY expires_on", (crew_id,)) as cur:
            return [dict(row) for row in await cur.fetchall()]


async def upsert_records(records: list[dict]) -> None:
    sql = (
        "INSERT INTO training_record (crew_id, course_code, completed_on, expires_on, examiner) "
        "VALUES (:crew_id, :course_code, :completed_on, :expires_on, :examiner) "
        "ON CONFLICT (crew_id, course_code) DO UPDATE SET completed_on = excluded.completed_on, "
        "expires_on = excluded.expires_on, examiner = excluded.examiner"
    )
    async with aiosqlite.connect(get_settings().training_db_path) as db:
        await db.executemany(sql, records)
        await db.commit()


async def store_sim_sessions(sessions: list[dict]) -> None:
    sql = (
        "INSERT INTO sim_session (session_id, device, starts_at, captain_id, fo_id, instructor_id) "
        "VALUES (:session_id, :device, :starts_at, :captain_id, :fo_id, :instructor_id)"
    )
    async with aiosqlite.connect(get_settings().training_db_path) as db:
        await db.executemany(sql, sessions)
        await db.commit()
