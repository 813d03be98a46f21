"""Pairing search, notes, legality checks and partner feed imports."""
from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import HTMLResponse
from sqlalchemy.ext.asyncio import AsyncSession

from crewline.deps import get_current_user, get_renderer, get_session, require_role
from crewline.schemas import DutyRuleCheck, FeedImport, NotamQuery, NoteIn, PairingSearch, Principal
from crewline.services import duty_limits, fetcher, pairing_service
from crewline.services.render import Renderer
from crewline.utils import urls

router = APIRouter(prefix="/pairings", tags=["pairings"])
PairingCode = Path(..., pattern=r"^[A-Z0-9]{4,10}$")


async def _pairing_or_404(session: AsyncSession, code: str):
    pairing = await pairing_service.by_code(session, code)
    if pairing is None:
        raise HTTPException(404, f"pairing {code} not found")
    return pairing


@router.post("/search")
async def search_pairings(criteria: PairingSearch, session: AsyncSession = Depends(get_session), user: Principal = Depends(get_current_user)):
    return [p.to_dict() for p in await pairing_service.search(session, criteria)]


@router.post("/import-feed", status_code=202)
async def import_feed(feed: FeedImport, user: Principal = Depends(require_role("crew_planner"))):
    try:
        rows = await fetcher.import_roster_feed(feed)
    except fetcher.FeedError as exc:
        raise HTTPException(502, str(exc)) from exc
    return {"carrier": feed.carrier, "pairings": rows}


@router.post("/notam-check")
async def notam_check(query: NotamQuery, user: Principal = Depends(get_current_user)):
    try:
        url = urls.require_notam_url(query.source_url)
    except urls.DisallowedURL as exc:
        raise HTTPException(400, str(exc)) from exc
    notams = await fetcher.fetch_notams(url, query.stations)
    return {"count": len(notams), "notams": notams}


@router.get("/{code}")
async def get_pairing(code: str = PairingCode, session: AsyncSession = Depends(get_session), user: Principal = Depends(get_current_user)):
    return dict(await _pairing_or_404(session, code))


@router.post("/{code}/notes", status_code=201)
async def add_note(note: NoteIn, code: str = PairingCode, session: AsyncSession = Depends(get_session), user: Principal = Depends(get_current_user)):
    author = f"crew#{user.crew_id}"
    if not await pairing_service.add_note(session, code, user.crew_id, author, note.body, note.status):
        raise HTTPException(404, f"pairing {code} not found")
    return {"status": "created"}


@router.get("/{code}/notes", response_class=HTMLResponse)
async def notes_page(
    code: str = PairingCode,
    session: AsyncSession = Depends(get_session),
    user: Principal = Depends(get_current_user),
    renderer: Renderer = Depends(get_renderer),
):
    notes = await pairing_service.notes_for(session, code)
    if notes is None:
        raise HTTPException(404, f"pairing {code} not found")
    return renderer.page("pairing_notes.html", code=code, notes=notes)


@router.get("/{code}/legality")
async def legality(code: str = PairingCode, rule: str = Query("FDP_MAX"), session: AsyncSession = Depends(get_session), user: Principal = Depends(get_current_user)):
    if rule not in duty_limits.STANDARD_RULES:
        raise HTTPException(400, f"unknown rule {rule}")
    pairing = await _pairing_or_404(session, code)
    return {"pairing": code, "rule": rule, "legal": duty_limits.check_standard(rule, pairing)}


@router.post("/{code}/legality/custom")
async def custom_legality(
    check: DutyRuleCheck,
    code: str = PairingCode,
    session: AsyncSession = Depends(get_session),
    user: Principal = Depends(require_role("crew_planner")),
):
    pairing = await _pairing_or_404(session, code)
    return {"pairing": code, "legal": duty_limits.check_custom(check, pairing), "description": check.description}
