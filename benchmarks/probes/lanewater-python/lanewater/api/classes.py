"""Swim-school endpoints for members and instructors."""
from ninja import File, Form, Router
from ninja.files import UploadedFile

from lanewater.api.security import instructor_bearer, member_session
from lanewater.schemas import (
    BadgeAwardIn,
    CertificateRequestIn,
    EnrollmentIn,
    SwimClassOut,
    SwimClassUpdateIn,
    TimetableFeedIn,
)
from lanewater.services import class_service

router = Router(tags=["classes"])

MAX_UPLOAD_BYTES = 8 * 1024 * 1024


def _read_upload(upload: UploadedFile) -> bytes:
    if upload.size and upload.size > MAX_UPLOAD_BYTES:
        raise class_service.ClassError("upload too large", status=413)
    return upload.read()


@router.get("/search", response=list[SwimClassOut])
async def search_classes(request, q: str = "", level: str | None = None):
    classes, spaces = await class_service.search(q, level)
    return [
        {
            "id": c.id,
            "title": c.title,
            "level": c.level,
            "instructor": c.instructor,
            "weekday": c.weekday,
            "start_time": c.start_time,
            "capacity": c.capacity,
            "spaces_left": spaces.get(c.id, 0),
        }
        for c in classes
    ]


@router.patch("/{class_id}", auth=instructor_bearer)
async def update_class(request, class_id: int, payload: SwimClassUpdateIn):
    swim_class = await class_service.update_class(class_id, payload)
    return {"id": swim_class.id, "title": swim_class.title}


@router.post("/{class_id}/enrollments", response={201: dict}, auth=member_session)
async def enroll(request, class_id: int, payload: EnrollmentIn):
    enrollment_id = await class_service.enroll(request.auth, class_id, payload.swimmer_id)
    return 201, {"enrollment_id": enrollment_id}


@router.post("/{class_id}/handouts", auth=instructor_bearer)
async def upload_handouts(request, class_id: int, bundle: UploadedFile = File(...)):
    written = await class_service.publish_handouts(class_id, _read_upload(bundle))
    return {"files": written}


@router.post("/imports/feed", auth=instructor_bearer)
async def import_feed(request, payload: TimetableFeedIn):
    created = await class_service.import_feed(payload)
    return {"created": created}


@router.post("/imports/upload", auth=instructor_bearer)
async def import_upload(
    request,
    pool_id: int = Form(...),
    lane: str | None = Form(None),
    coach: str | None = Form(None),
    document: UploadedFile = File(...),
):
    created = await class_service.import_upload(pool_id, _read_upload(document), lane, coach)
    return {"created": created}


@router.post("/progression", auth=instructor_bearer)
async def upload_progression(request, document: UploadedFile = File(...)):
    progression = class_service.load_level_progression(_read_upload(document))
    return {"levels": list(progression["levels"])}


@router.post("/badges", response={204: None}, auth=instructor_bearer)
async def award_badge(request, payload: BadgeAwardIn):
    await class_service.award_badge(payload.enrollment_id, payload.badge_level)
    return 204, None


@router.post("/certificates", response={202: dict}, auth=member_session)
async def request_certificate(request, payload: CertificateRequestIn):
    await class_service.request_certificate(request.auth, payload.enrollment_id, payload.label)
    return 202, {"status": "queued"}
