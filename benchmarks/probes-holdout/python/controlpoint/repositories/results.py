"""Results reporting queries executed on a raw connection (they feed standings tables)."""
from sqlalchemy import delete, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..models import Result, ResultUpload


def club_standings(conn: Connection, club_code: str, season: int):
    sql = (
        "SELECT r.runner_name, COUNT(*) AS starts, SUM(COALESCE(r.score, 0)) AS points, "
        "MIN(r.position) AS best_position "
        "FROM results r JOIN events e ON e.id = r.event_id "
        f"WHERE r.club_code = '{club_code}' AND EXTRACT(YEAR FROM e.event_date) = %(season)s "
        "GROUP BY r.runner_name ORDER BY points DESC"
    )
    return conn.exec_driver_sql(sql, {"season": season}).mappings().all()  # VULN sqli


def course_results(conn: Connection, course_id: int):
    sql = (
        "SELECT position, runner_name, club_code, time_seconds, score, status "
        f"FROM results WHERE course_id = {int(course_id)} "
        "ORDER BY position NULLS LAST, time_seconds"
    )
    return conn.exec_driver_sql(sql).mappings().all()  # SAFE sqli


def results_for_event(session: Session, event_id: int, club_code: str | None = None) -> list[Result]:
    stmt = select(Result).where(Result.event_id == event_id)
    if club_code:
        stmt = stmt.where(Result.club_code == club_code)
    return list(session.scalars(stmt.order_by(Result.course_id, Result.position)))


def replace_for_upload(session: Session, upload: ResultUpload, rows: list[Result]) -> None:
    session.execute(delete(Result).where(Result.event_id == upload.event_id))
    session.add_all(rows)
    session.flush()


def find_upload_by_checksum(session: Session, event_id: int, checksum: str) -> ResultUpload | None:
    stmt = select(ResultUpload).where(
        ResultUpload.event_id == event_id, ResultUpload.checksum == checksum
    )
    return session.scalars(stmt).first()
