"""Callbacks and browser returns from the city's payment portal."""
from django.http import HttpResponseRedirect
from ninja import Router

from lanewater.schemas import PaymentCallbackIn
from lanewater.services import booking_service

router = Router(tags=["payments"])


@router.post("/callback", response={204: None})
async def payment_callback(request, payload: PaymentCallbackIn):
    await booking_service.confirm_payment(payload.reference, payload.status, payload.signature)
    return 204, None


@router.get("/return", include_in_schema=False)
async def payment_return(request, reference: str):
    """The portal sends the member's browser back here once they have paid."""
    target = await booking_service.payment_return_target(reference)
    return HttpResponseRedirect(target)  # VULN redirect
