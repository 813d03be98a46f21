"""FastAPI dependencies: database session and authentication for users and timing devices."""
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, Header, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from controlpoint.extensions import db_session
from controlpoint.models import User

API_SECRET = os.environ.get("CONTROLPOINT_SECRET_KEY", "")
API_AUDIENCE = "controlpoint-api"

bearer = HTTPBearer(auto_error=True)


@dataclass
class TimingDevice:
    device_id: str
    event_id: int


def get_db():
    session = db_session()
    try:
        yield session
    finally:
        db_session.remove()


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer), db: Session = Depends(get_db)) -> User:
    try:
        claims = jwt.decode(creds.credentials, API_SECRET, algorithms=["HS256"], audience=API_AUDIENCE)  # SAFE jwt
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    user = db.get(User, int(claims["sub"]))
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown user")
    return user


def timing_device(x_device_token: str = Header(...)) -> TimingDevice:
    """Timing boxes present a token issued by the vendor portal with the event they serve."""
    try:
        claims = jwt.decode(x_device_token, options={"verify_signature": False, "verify_exp": True})  # VULN jwt
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid device token") from exc
    if claims.get("typ") != "timing-device" or "event_id" not in claims:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a timing device")
    return TimingDevice(device_id=str(claims.get("sub", "unknown")), event_id=int(claims["event_id"]))
