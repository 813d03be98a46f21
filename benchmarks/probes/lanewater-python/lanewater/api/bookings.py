"""Lane booking endpoints."""
from ninja import Query, Router

from lanewater.api.security import desk_bearer, member_session
from lanewater.schemas import BookingCreateIn, BookingListQuery, BookingOut, QuoteIn, QuoteOut
from lanewater.services import booking_service

router = Router(tags=["bookings"])


@router.get("/", response=list[BookingOut], auth=desk_bearer)
async def list_bookings(request, filters: Query[BookingListQuery]):
    """Desk screen: all bookings on one lane, optionally for a single day."""
    return await booking_service.list_bookings(filters)


@router.get("/mine", response=list[BookingOut], auth=member_session)
async def my_bookings(request):
    return await booking_service.bookings_for_member(request.auth)


@router.post("/quote", response=QuoteOut)
async def quote(request, payload: QuoteIn):
    price = await booking_service.quote(payload.pool_code, payload.minutes, payload.peak)
    return {"pool_code": payload.pool_code, "minutes": payload.minutes, "price": price}


@router.post("/", response={201: BookingOut}, auth=member_session)
async def create_booking(request, payload: BookingCreateIn):
    booking = await booking_service.create_booking(request.auth, payload)
    return 201, booking


@router.get("/{reference}", response=BookingOut, auth=member_session)
async def get_booking(request, reference: str):
    return await booking_service.booking_for_member(reference, request.auth)


@router.delete("/{reference}", response={204: None}, auth=member_session)
async def cancel_booking(request, reference: str):
    await booking_service.cancel_booking(reference, request.auth)
    return 204, None
