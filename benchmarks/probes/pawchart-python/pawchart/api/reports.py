"""Management reports and data exports."""
from __future__ import annotations

import os
from datetime import date, timedelta
from typing import Any

import redis
from fastapi import APIRouter, Cookie, Depends, HTTPException, Query, Response, status
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session

from pawchart.config import Settings, get_settings
from pawchart.datastores import get_analytics_pool
from pawchart.db import get_session
from pawchart.deps import CurrentUser, get_current_user
from pawchart.models.schemas import ReportKind, SavedReportFilters
from pawchart.repositories.analytics_repo import AnalyticsRepository
from pawchart.services import filter_cache
from pawchart.services.analytics_service import AnalyticsService
from pawchart.services.attachments import AttachmentService
from pawchart.util.paths import PathEscapeError

router = APIRouter(prefix="/reports", tags=["reports"])

FILTER_COOKIE = "pc_report_filters"


def get_analytics(settings: Settings = Depends(get_settings)) -> AnalyticsService:
    cache = filter_cache.SignedCache(
        redis.Redis.from_url(settings.redis_url),
        settings.cache_signing_key.encode("utf-8"),
        ttl=settings.report_cache_ttl,
    )
    return AnalyticsService(AnalyticsRepository(get_analytics_pool()), cache)


@router.get("/revenue")
async def revenue(
    granularity: str | None = Query(None, max_length=16),
    group_by: str | None = Query(None, max_length=64),
    since: date | None = None,
    saved: str | None = Cookie(default=None, alias=FILTER_COOKIE),
    user: CurrentUser = Depends(get_current_user),
    svc: AnalyticsService = Depends(get_analytics),
) -> list[dict[str, Any]]:
    defaults = filter_cache.decode_filters(saved) if saved else {}
    try:
        return await svc.revenue(
            user.clinic_id,
            granularity or defaults.get("granularity", "month"),
            group_by or defaults.get("group_by", "service_line"),
            since or defaults.get("since"),
        )
    except ValueError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(exc)) from exc


@router.put("/revenue/filters", status_code=204)
def save_revenue_filters(
    body: SavedReportFilters,
    response: Response,
    user: CurrentUser = Depends(get_current_user),
) -> Response:
    response.set_cookie(
        FILTER_COOKIE,
        filter_cache.encode_filters(body.model_dump()),
        max_age=90 * 24 * 3600,
        httponly=True,
        secure=True,
        samesite="lax",
    )
    response.status_code = 204
    return response


@router.get("/visits")
async def visits(
    days: int = Query(30, ge=1, le=730),
    user: CurrentUser = Depends(get_current_user),
    svc: AnalyticsService = Depends(get_analytics),
) -> list[dict[str, Any]]:
    return await svc.visits(user.clinic_id, date.today() - timedelta(days=days))


@router.get("/summary/{kind}")
async def summary(
    kind: ReportKind,
    user: CurrentUser = Depends(get_current_user),
    svc: AnalyticsService = Depends(get_analytics),
) -> dict[str, Any]:
    return await svc.summary(user.clinic_id, kind)


@router.get("/exports")
def list_exports(
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
    settings: Settings = Depends(get_settings),
) -> list[str]:
    return AttachmentService(session, settings).list_exports(user.clinic_id)


@router.get("/exports/download")
def download_export(
    name: str = Query(..., min_length=1, max_length=200),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
    settings: Settings = Depends(get_settings),
) -> FileResponse:
    try:
        path = AttachmentService(session, settings).export_path(user.clinic_id, name)
    except (PathEscapeError, FileNotFoundError) as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "export not found") from exc
    return FileResponse(path, filename=os.path.basename(path))  # VULN path
