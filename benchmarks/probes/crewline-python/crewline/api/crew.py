"""Crew lists, roster board and crew activity."""
import asyncpg
from fastapi import APIRouter, Cookie, Depends, HTTPException, Path, Query
from fastapi.responses import HTMLResponse
from motor.motor_asyncio import AsyncIOMotorDatabase

from crewline.deps import get_current_user, get_mongo, get_pool, get_renderer, get_roster_scope, require_role
from crewline.repositories import audit_repo, crew_repo
from crewline.schemas import BASE_CODE, ActivityFilter, CrewMember, Principal, RankChange, RosterScope
from crewline.services import roster_service
from crewline.services.render import Renderer
from crewline.utils import session_state

router = APIRouter(prefix="/crew", tags=["crew"])
Pool = asyncpg.Pool


@router.get("", response_model=list[CrewMember])
async def list_crew(
    base: str = Query(..., min_length=3, max_length=64),
    sort: str = Query("seniority"),
    scope: RosterScope = Depends(get_roster_scope),
    pool: Pool = Depends(get_pool),
):
    if scope.base not in ("*", base):
        raise HTTPException(403, "no roster access for this base")
    return await roster_service.crew_for_base(pool, base, sort)


@router.get("/reserve", response_model=list[CrewMember])
async def list_reserve(sort: str = Query("seniority"), user: Principal = Depends(get_current_user), pool: Pool = Depends(get_pool)):
    return await roster_service.reserve_crew(pool, sort)


@router.get("/board/{base}", response_class=HTMLResponse)
async def roster_board(
    base: str,
    roster_prefs: str | None = Cookie(None),
    user: Principal = Depends(get_current_user),
    pool: Pool = Depends(get_pool),
    renderer: Renderer = Depends(get_renderer),
):
    if not BASE_CODE.fullmatch(base):
        raise HTTPException(404, "unknown base")
    prefs = session_state.load_prefs(roster_prefs)
    members = await roster_service.crew_for_base(pool, base, prefs.sort)
    if not prefs.show_reserve:
        members = [m for m in members if m.status != "reserve"]
    response = HTMLResponse(renderer.page("roster_board.html", base=base, members=members, prefs=prefs))
    response.set_cookie("roster_prefs", session_state.dump_prefs(prefs), httponly=True, samesite="lax")
    return response


@router.get("/{crew_id}", response_model=CrewMember)
async def get_crew(crew_id: int = Path(..., ge=1), user: Principal = Depends(get_current_user), pool: Pool = Depends(get_pool)):
    row = await crew_repo.get_by_id(pool, crew_id)
    if row is None:
        raise HTTPException(404, "crew member not found")
    return CrewMember(**dict(row))


@router.put("/{crew_id}/rank", status_code=204)
async def change_rank(change: RankChange, crew_id: int = Path(..., ge=1), user: Principal = Depends(require_role("crew_admin")), pool: Pool = Depends(get_pool)):
    await roster_service.change_rank(pool, crew_id, change)


@router.post("/{crew_id}/activity/search")
async def search_activity(
    filt: ActivityFilter,
    crew_id: int = Path(..., ge=1),
    user: Principal = Depends(get_current_user),
    db: AsyncIOMotorDatabase = Depends(get_mongo),
):
    if user.crew_id != crew_id and "crew_control" not in user.roles:
        raise HTTPException(403, "you can only view your own activity")
    return await audit_repo.find_activity(db, crew_id, filt.criteria, filt.limit)
