"""Pydantic request bodies for the operations API."""
from pydantic import BaseModel, Field


class ReservationIn(BaseModel):
    qty: int = Field(gt=0, le=500)
    work_order_id: int


class PowerCurveRequest(BaseModel):
    expression: str = Field(min_length=1, max_length=400)
    wind_speeds: list[float] = Field(default_factory=lambda: [float(v) for v in range(3, 26)])
    rated_kw: float = Field(gt=0)
    rotor_diameter_m: float = Field(gt=0)
    cp: float = Field(default=0.45, gt=0, lt=0.6)


class WebhookSubscriptionIn(BaseModel):
    callback_url: str
    events: list[str] = Field(default_factory=lambda: ["work_order.closed"])


class StandbyRequest(BaseModel):
    technicians: list[str]
    days: int = Field(default=7, ge=1, le=31)
