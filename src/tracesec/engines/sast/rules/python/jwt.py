# mypy: ignore-errors
import jwt

KEY = open("/run/secrets/jwt_key").read()


def current_user(token):
    # ruleid: trace.python.jwt.unverified-decode
    claims = jwt.decode(token, options={"verify_signature": False})
    # ruleid: trace.python.jwt.unverified-decode
    claims2 = jwt.decode(token, KEY, algorithms=["HS256", "none"])
    # ok: trace.python.jwt.unverified-decode
    claims3 = jwt.decode(token, KEY, algorithms=["HS256"])
    # ok: trace.python.jwt.unverified-decode
    claims4 = jwt.decode(token, KEY, algorithms=["RS256"], options={"require": ["exp"]})
    return claims, claims2, claims3, claims4


def issue(claims):
    # ruleid: trace.python.jwt.none-algorithm
    weak = jwt.encode(claims, None, algorithm="none")
    # ok: trace.python.jwt.none-algorithm
    strong = jwt.encode(claims, KEY, algorithm="HS256")
    return weak, strong
