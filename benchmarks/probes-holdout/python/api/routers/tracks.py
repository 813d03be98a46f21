"""GPS track uploads and course result listings."""
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile, status
from sqlalchemy.orm import Session

from controlpoint.formats import gpx
from controlpoint.models import Course, User
from controlpoint.repositories import results as results_repo

from ..deps import current_user, get_db
from ..schemas import ResultRow, TrackSummary

router = APIRouter(prefix="/courses", tags=["courses"])

MAX_TRACK_BYTES = 5 * 1024 * 1024


@router.post("/{course_id}/tracks", response_model=TrackSummary)
async def upload_track(course_id: int, track: UploadFile = File(...), user: User = Depends(current_user),
                       db: Session = Depends(get_db)):
    course = db.get(Course, course_id)
    if course is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "course not found")
    data = await track.read()
    if len(data) > MAX_TRACK_BYTES:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "track too large")
    points = gpx.parse_track(data)
    times = [p.time for p in points if p.time is not None]
    return TrackSummary(course_id=course.id, points=len(points),
                        started=min(times) if times else None, finished=max(times) if times else None)


@router.get("/{course_id}/results", response_model=list[ResultRow])
def course_results(course_id: int, db: Session = Depends(get_db)):
    if db.get(Course, course_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "course not found")
    rows = results_repo.course_results(db.connection(), course_id)
    return [ResultRow(**row) for row in rows]
