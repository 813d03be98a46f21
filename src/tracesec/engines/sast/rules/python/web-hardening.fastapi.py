# mypy: ignore-errors
from typing import Annotated, Any

from fastapi import APIRouter, Body
from pydantic import BaseModel

router = APIRouter()


class Search(BaseModel):
    tracking_no: str


# a body FastAPI hands over as it is (a dict) can carry operators; a model's str field cannot
@router.post("/v1/events/search")
def search_legacy(events, criteria: Annotated[dict[str, Any], Body()]) -> list[dict]:
    tracking_no = criteria.get("tracking_no")
    # ruleid: trace.python.nosql-injection.operator-injection
    return list(events.find({"tracking_no": tracking_no}, {"_id": 0}))


@router.post("/v2/events/search")
async def search(events, body: Search) -> list[dict]:
    # ok: trace.python.nosql-injection.operator-injection
    return list(events.find({"tracking_no": body.tracking_no}, {"_id": 0}))


@router.post("/v3/events/search")
def search_raw(events, criteria: dict = Body(...)) -> list[dict]:
    # ruleid: trace.python.nosql-injection.operator-injection
    return list(events.find({"tracking_no": criteria["tracking_no"]}))
