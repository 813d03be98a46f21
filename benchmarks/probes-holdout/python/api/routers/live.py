"""Live tracking, punches from timing devices and live-result exports."""
from fastapi import APIRouter, Depends, HTTPException, Query, status
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session

from controlpoint import storage
from controlpoint.models import Entry, Event, User

from .. import clients
from ..deps import TimingDevice, current_user, get_db, timing_device
from ..schemas import Provider, PunchAck, PunchIn, TrackerConfig, TrackerPosition

router = APIRouter(prefix="/live", tags=["live"])


def _event(db: Session, event_id: int) -> Event:
    event = db.get(Event, event_id)
    if event is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "event not found")
    return event


@router.post("/{event_id}/tracker", response_model=list[TrackerPosition])
async def poll_custom_tracker(event_id: int, config: TrackerConfig, user: User = Depends(current_user),
                              db: Session = Depends(get_db)):
    event = _event(db, event_id)
    if not user.is_officer_of(event.club_id):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "organisers only")
    try:
        return await clients.fetch_tracker_positions(config.callback_url)
    except clients.TrackerError as exc:
        raise HTTPException(status.HTTP_502_BAD_GATEWAY, str(exc)) from exc


@router.get("/{event_id}/providers/{provider}", response_model=list[TrackerPosition])
async def provider_positions(event_id: int, provider: Provider, db: Session = Depends(get_db)):
    event = _event(db, event_id)
    if not event.external_ref:
        raise HTTPException(status.HTTP_409_CONFLICT, "event is not linked to a tracking provider")
    return await clients.fetch_provider_positions(provider, event.external_ref)


@router.get("/{event_id}/export")
def download_export(event_id: int, name: str = Query(..., max_length=200), db: Session = Depends(get_db)):
    _event(db, event_id)
    if ".." in name or name.startswith("/"):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid export name")
    try:
        handle = storage.open_export(event_id, name)
    except FileNotFoundError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such export") from exc
    return StreamingResponse(handle, media_type="application/octet-stream",
                             headers={"Content-Disposition": "attachment"})


@router.post("/punches", response_model=PunchAck)
def receive_punches(punches: list[PunchIn], device: TimingDevice = Depends(timing_device),
                    db: Session = Depends(get_db)):
    accepted = 0
    for punch in punches:
        entry = db.query(Entry).filter(Entry.event_id == device.event_id, Entry.si_card == punch.si_card).first()
        if entry is None:
            continue
        if punch.control_code == 100 and entry.start_time is None:
            entry.start_time = punch.punched_at
        accepted += 1
    db.commit()
    return PunchAck(accepted=accepted, device_id=device.device_id)
