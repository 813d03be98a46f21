"""Data access for swim-school classes."""
from lanewater.db import connection
from lanewater.models import Enrollment, SwimClass, Swimmer

SWIM_LEVELS = ("splash", "starter", "bronze", "silver", "gold", "adult-improver", "masters")


async def search_published(term: str, level: str | None = None) -> list[SwimClass]:
    query = (
        "SELECT * FROM swim_class WHERE is_published = 1 "
        f"AND (title LIKE '%{term}%' OR instructor LIKE '%{term}%')"
    )
    if level in SWIM_LEVELS:
        query += f" AND level = '{level}'"
    query += " ORDER BY weekday, start_time"
    return await SwimClass.raw(query)  # VULN sqli


async def spaces_left(class_ids: list[int]) -> dict[int, int]:
    if not class_ids:
        return {}
    placeholders = ", ".join(["%s"] * len(class_ids))
    sql = (
        "SELECT c.id, c.capacity - COUNT(e.id) AS spaces FROM swim_class c "
        "LEFT JOIN enrollment e ON e.swim_class_id = c.id AND e.status = 'active' "
        f"WHERE c.id IN ({placeholders}) GROUP BY c.id, c.capacity"
    )
    rows = await connection().execute_query_dict(sql, [int(i) for i in class_ids])  # SAFE sqli
    return {row["id"]: max(int(row["spaces"]), 0) for row in rows}


async def get_class(class_id: int) -> SwimClass | None:
    return await SwimClass.get_or_none(id=class_id).prefetch_related("pool")


async def update_class(swim_class: SwimClass, **changes) -> SwimClass:
    for key, value in changes.items():
        setattr(swim_class, key, value)
    await swim_class.save(update_fields=list(changes))
    return swim_class


async def enroll(class_id: int, swimmer_id: int) -> Enrollment:
    return await Enrollment.create(swim_class_id=class_id, swimmer_id=swimmer_id)


async def swimmer_for_member(swimmer_id: int, member_id: int) -> Swimmer | None:
    return await Swimmer.get_or_none(id=swimmer_id, member_id=member_id)


async def enrollment_with_details(enrollment_id: int) -> Enrollment | None:
    return await Enrollment.get_or_none(id=enrollment_id).prefetch_related("swimmer__member", "swim_class__pool")


async def award_badge(enrollment: Enrollment, badge_level: str, when) -> None:
    enrollment.badge_level = badge_level
    enrollment.badge_awarded_at = when
    await enrollment.save(update_fields=["badge_level", "badge_awarded_at"])


async def upsert_sessions(pool_id: int, sessions: list[dict]) -> int:
    created = 0
    for session in sessions:
        _, was_created = await SwimClass.update_or_create(
            pool_id=pool_id,
            weekday=session["weekday"],
            start_time=session["start_time"],
            defaults={
                "title": session["title"],
                "level": session["level"],
                "instructor": session["instructor"],
                "capacity": session["capacity"],
            },
        )
        created += int(was_created)
    return created
