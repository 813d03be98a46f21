"""Documents members can download: class handouts, badge certificates, pool photos."""
from django.http import HttpResponse
from ninja import Router

from lanewater.api.security import member_session
from lanewater.util import files

router = Router(tags=["documents"])

CONTENT_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".txt": "text/plain"}


def _content_type(name: str) -> str:
    for suffix, content_type in CONTENT_TYPES.items():
        if name.lower().endswith(suffix):
            return content_type
    return "application/octet-stream"


def _file_response(payload: bytes, name: str) -> HttpResponse:
    response = HttpResponse(payload, content_type=_content_type(name))
    response["X-Content-Type-Options"] = "nosniff"
    return response


@router.get("/handouts/{class_id}", auth=member_session)
async def handout(request, class_id: int, file: str):
    try:
        payload = files.read_document(f"handouts/{class_id}/{file}")
    except files.StorageError:
        return HttpResponse(status=404)
    return _file_response(payload, file)


@router.get("/certificates/{filename}", auth=member_session)
async def certificate(request, filename: str):
    try:
        payload = files.read_document(f"certificates/{request.auth}/{filename}")
    except files.StorageError:
        return HttpResponse(status=404)
    return _file_response(payload, filename)


@router.get("/photos/{photo_id}")
async def pool_photo(request, photo_id: str):
    try:
        payload = files.read_pool_photo(photo_id)
    except (files.StorageError, FileNotFoundError):
        return HttpResponse(status=404)
    return _file_response(payload, "photo.jpg")
