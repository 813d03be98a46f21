"""Online intake service (FastAPI) used by the public e-permit form and partner agencies."""
from datetime import datetime

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from civic_ledger.config import settings
from civic_ledger.db import SessionLocal
from civic_ledger.models import Permit, PermitCategory, PermitStatus
from civic_ledger.services import token_service

from . import queries
from .schemas import ApplicationIn, ApplicationOut, ApplicationSummary, PartnerStatusUpdate

app = FastAPI(title="Civic Ledger Intake", version="2.3.0")
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.CORS_ORIGINS,  # SAFE cors
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
)

PARTNER_STATUSES = {s.value for s in PermitStatus}


def get_session():
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()


def staff_user(authorization: str = Header(default="")) -> dict:
    token = authorization.removeprefix("Bearer ").strip()
    try:
        return token_service.verify_staff_token(token)
    except token_service.TokenError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


def partner_agency(x_partner_token: str = Header(default="")) -> dict:
    claims = jwt.decode(x_partner_token, algorithms=["HS256", "none"], options={"verify_signature": False})  # VULN jwt
    if not claims.get("agency"):
        raise HTTPException(status_code=403, detail="not a partner token")
    return claims


@app.post("/applications", response_model=ApplicationOut, status_code=201)
def create_application(body: ApplicationIn, session=Depends(get_session)):
    count = session.query(Permit).count()
    permit = Permit(
        reference=f"CL-{datetime.utcnow().year}-{count + 1:06d}",
        applicant_name=body.applicant_name,
        site_address=body.site_address,
        district=body.district,
        category=PermitCategory(body.category.value),
        notes=body.description,
    )
    session.add(permit)
    session.commit()
    return ApplicationOut(id=permit.id, reference=permit.reference, status=permit.status.value)


@app.get("/applications", response_model=list[ApplicationSummary])
def list_applications(
    status: str | None = Query(default=None, max_length=40),
    applicant: str | None = Query(default=None, max_length=120),
    district: int | None = Query(default=None, ge=1, le=40),
    page: int = Query(default=1, ge=1),
    user: dict = Depends(staff_user),
    session=Depends(get_session),
):
    flt = queries.ListingFilter(district=district, page=page)
    if status:
        flt.where("status", status)
    if applicant:
        flt.where("applicant_name", applicant)
    rows = queries.apply(session.query(Permit), flt).all()
    return [
        ApplicationSummary(
            id=p.id, reference=p.reference, applicant_name=p.applicant_name,
            site_address=p.site_address, status=p.status.value, district=p.district,
        )
        for p in rows
    ]


@app.post("/partner/status")
def partner_status(update: PartnerStatusUpdate, agency: dict = Depends(partner_agency), session=Depends(get_session)):
    if update.status not in PARTNER_STATUSES:
        raise HTTPException(status_code=422, detail="unknown status")
    permit = session.query(Permit).filter(Permit.reference == update.reference).one_or_none()
    if permit is None:
        raise HTTPException(status_code=404)
    permit.status = PermitStatus(update.status)
    session.commit()
    return {"reference": permit.reference, "status": permit.status.value, "by": agency["agency"]}
