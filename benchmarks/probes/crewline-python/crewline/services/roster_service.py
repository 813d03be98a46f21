"""Roster queries and crew status changes."""
import asyncpg

from crewline.repositories import crew_repo
from crewline.schemas import CrewMember, Rank, RankChange

SORT_COLUMNS = {
    "seniority": "seniority_no",
    "name": "last_name, first_name",
    "rank": "rank, seniority_no",
    "status": "status, seniority_no",
}

RANK_BADGES = {
    Rank.CAPTAIN: '<span class="rank rank-cpt" title="Captain">&#9632;&#9632;&#9632;&#9632;</span>',
    Rank.FIRST_OFFICER: '<span class="rank rank-fo" title="First Officer">&#9632;&#9632;&#9632;</span>',
    Rank.SECOND_OFFICER: '<span class="rank rank-so" title="Second Officer">&#9632;&#9632;</span>',
    Rank.PURSER: '<span class="rank rank-pur" title="Purser">&#9670;&#9670;</span>',
    Rank.CABIN_CREW: '<span class="rank rank-cc" title="Cabin Crew">&#9670;</span>',
}


def _order_column(sort: str) -> str:
    return SORT_COLUMNS.get(sort, "seniority_no")


async def crew_for_base(pool: asyncpg.Pool, base: str, sort: str) -> list[CrewMember]:
    rows = await crew_repo.list_by_base(pool, base, _order_column(sort))
    return [CrewMember(**dict(row)) for row in rows]


async def reserve_crew(pool: asyncpg.Pool, sort: str) -> list[CrewMember]:
    rows = await crew_repo.list_reserve(pool, _order_column(sort))
    return [CrewMember(**dict(row)) for row in rows]


async def change_rank(pool: asyncpg.Pool, crew_id: int, change: RankChange) -> None:
    badge = RANK_BADGES[change.rank]
    await crew_repo.update_rank(pool, crew_id, change.rank.value, badge, change.effective)


async def duty_summary(pool: asyncpg.Pool, last_name: str) -> list[dict]:
    rows = await crew_repo.duty_periods_by_name(pool, last_name)
    return [
        {
            "date": row["duty_date"].isoformat(),
            "pairing": row["pairing_code"],
            "duty_hours": round((row["release_time"] - row["report_time"]).total_seconds() / 3600, 2),
            "block_hours": round(row["block_minutes"] / 60, 2),
        }
        for row in rows
    ]
