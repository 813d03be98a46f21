"""Performance analytics for the control room."""
from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.orm import Session

from turbinary.api.deps import current_supervisor, db_session
from turbinary.api.schemas import PowerCurveRequest
from turbinary.clients.weather import ForbiddenSource, WeatherClient
from turbinary.repositories.inspection_repo import InspectionStatsRepository
from turbinary.repositories.turbine_repo import TurbineRepository
from turbinary.services import power_curve

router = APIRouter(prefix="/analytics", tags=["analytics"])
weather = WeatherClient()


@router.post("/power-curve")
def model_power_curve(body: PowerCurveRequest, _: dict = Depends(current_supervisor)) -> dict:
    return {"points": power_curve.evaluate_curve(body.expression, body.wind_speeds, body.rated_kw, body.rotor_diameter_m, body.cp)}


@router.get("/turbines/{turbine_id}/expected-output")
def expected_output(turbine_id: int, wind_speed: float = Query(..., ge=0, le=40), session: Session = Depends(db_session)) -> dict:
    turbine = TurbineRepository(session).get(turbine_id)
    if turbine is None:
        raise HTTPException(404, "unknown turbine")
    kw = power_curve.expected_output(wind_speed, turbine.rated_kw, turbine.rotor_diameter_m)
    return {"turbine_id": turbine_id, "wind_speed": wind_speed, "expected_kw": round(kw, 1)}


@router.get("/blade-erosion")
async def blade_erosion(min_score: float = Query(0.6, ge=0.0, le=10.0)) -> list[dict]:
    return await InspectionStatsRepository().erosion_outliers(min_score)


@router.get("/forecast")
async def forecast(lat: float, lon: float, source: str | None = Query(None)) -> dict:
    try:
        return await weather.forecast(lat, lon, source_url=source)
    except ForbiddenSource:
        raise HTTPException(400, "forecast source not allowed")


@router.get("/met-mast")
def met_mast(url: str = Query(...)) -> dict:
    try:
        return weather.met_mast_reading(url)
    except ForbiddenSource:
        raise HTTPException(400, "met mast not allowed")
