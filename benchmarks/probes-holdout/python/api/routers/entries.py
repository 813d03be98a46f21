"""Entries from the mobile app."""
from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.orm import Session

from controlpoint.models import Event, User
from controlpoint.repositories import entries as entries_repo
from controlpoint.services import entry_service

from ..deps import current_user, get_db
from ..schemas import EntryCreate, EntryOut

router = APIRouter(tags=["entries"])


@router.post("/events/{event_id}/entries", response_model=EntryOut, status_code=status.HTTP_201_CREATED)
def create_entry(event_id: int, payload: EntryCreate, user: User = Depends(current_user),
                 db: Session = Depends(get_db)):
    event = db.get(Event, event_id)
    if event is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "event not found")
    request = entry_service.EntryRequest(
        course_id=payload.course_id,
        runner_name=payload.runner_name.strip(),
        category=payload.category.strip().upper(),
        si_card=payload.si_card,
        club_code=payload.club_code,
    )
    try:
        entry = entry_service.create_entry(event, request, user.id)
    except entry_service.EntryError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc
    return entry


@router.get("/entries/{confirmation_code}", response_model=EntryOut)
def get_entry(confirmation_code: str, user: User = Depends(current_user), db: Session = Depends(get_db)):
    entry = entries_repo.find_by_confirmation(db, confirmation_code)
    if entry is None or (entry.user_id != user.id and not user.is_admin):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "entry not found")
    return entry
