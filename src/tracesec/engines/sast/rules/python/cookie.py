# mypy: ignore-errors
from flask import Flask, make_response

app = Flask(__name__)
# ruleid: trace.python.cookie.insecure-cookie
app.config["SESSION_COOKIE_SECURE"] = False
# ruleid: trace.python.cookie.insecure-cookie
SESSION_COOKIE_SECURE = False


@app.route("/prefs")
def prefs():
    resp = make_response("saved")
    # ruleid: trace.python.cookie.insecure-cookie
    resp.set_cookie("theme", "dark", secure=False, httponly=True)
    # ok: trace.python.cookie.insecure-cookie
    resp.set_cookie("session", "abc", secure=True, httponly=True, samesite="Lax")
    return resp


def session_setup(app, redis_pool, key):
    from aiohttp_session import EncryptedCookieStorage, setup
    from aiohttp_session.redis_storage import RedisStorage
    # ruleid: trace.python.cookie.httponly-disabled
    setup(app, RedisStorage(redis_pool, httponly=False))
    # ruleid: trace.python.cookie.httponly-disabled
    storage = EncryptedCookieStorage(key, cookie_name="S", httponly=False)
    # ok: trace.python.cookie.httponly-disabled
    storage2 = RedisStorage(redis_pool, max_age=3600)
    return storage, storage2


def remember(resp, sid):
    # ruleid: trace.python.cookie.httponly-disabled
    resp.set_cookie("sessionid", sid, httponly=False)
    # ok: trace.python.cookie.httponly-disabled
    resp.set_cookie("theme", "dark", httponly=False)
    return resp


# ruleid: trace.python.cookie.httponly-disabled
SESSION_COOKIE_HTTPONLY = False
