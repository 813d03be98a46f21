"""Management reports (manager tokens only)."""
from django.http import HttpResponse
from ninja import Router

from lanewater.api.security import manager_bearer
from lanewater.schemas import OccupancyReportIn, ReportJobOut
from lanewater.services import report_service

router = Router(tags=["reports"], auth=manager_bearer)


@router.post("/occupancy", response={202: ReportJobOut})
async def occupancy(request, payload: OccupancyReportIn):
    job_id = await report_service.request_occupancy(payload)
    return 202, {"job_id": job_id, "status": "queued"}


@router.get("/revenue")
async def revenue(request, pool: str, year: int):
    return {"pool": pool, "year": year, "months": await report_service.revenue(pool, year)}


@router.get("/fill-rates")
async def fill_rates(request):
    return {"levels": await report_service.class_fill_rates()}


@router.get("/exports/{path:name}")
async def download_export(request, name: str):
    payload = report_service.download_export(name)
    response = HttpResponse(payload, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="lanewater-export.csv"'
    return response


@router.delete("/exports/{path:name}", response={204: None})
async def delete_export(request, name: str):
    report_service.delete_export(name)
    return 204, None
