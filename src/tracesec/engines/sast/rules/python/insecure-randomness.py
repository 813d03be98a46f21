# mypy: ignore-errors
import random
import uuid
import secrets
import string

from flask import make_response, session


def issue_reset(user):
    # ruleid: trace.python.insecure-randomness.random-for-secret
    token = "".join(random.choice(string.ascii_letters) for _ in range(32))
    # ruleid: trace.python.insecure-randomness.random-for-secret
    user.session_id = random.getrandbits(128)
    # ok: trace.python.insecure-randomness.random-for-secret
    user.reset_token = secrets.token_urlsafe(32)
    return token


def make_password(length=12):
    # ruleid: trace.python.insecure-randomness.random-for-secret
    return "".join(random.choices(string.ascii_letters + string.digits, k=length))


def remember_me():
    value = str(random.normalvariate(0, 1))
    sliced = value[2:]
    resp = make_response("ok")
    # semgrep CE drops taint through slices; kept as a known gap
    # todoruleid: trace.python.insecure-randomness.random-for-secret
    resp.set_cookie("rememberMeToo", sliced, secure=True)
    # ruleid: trace.python.insecure-randomness.random-for-secret
    resp.set_cookie("rememberMe", value, secure=True)
    # ruleid: trace.python.insecure-randomness.random-for-secret
    session["remember"] = value
    # ruleid: trace.python.insecure-randomness.random-for-secret
    resp.set_cookie("rememberMe3", str(random.random())[2:], secure=True)
    # ok: trace.python.insecure-randomness.random-for-secret
    resp.set_cookie("theme", "dark", secure=True)
    # ok: trace.python.insecure-randomness.random-for-secret
    session["token"] = secrets.token_hex(16)
    return resp


def pick_colour(colours):
    # ok: trace.python.insecure-randomness.random-for-secret
    colour = random.choice(colours)
    # ok: trace.python.insecure-randomness.random-for-secret
    delay = random.uniform(0.5, 1.5)
    return colour, delay


def send_otp(request):
    from django.shortcuts import render
    # ruleid: trace.python.insecure-randomness.random-for-secret
    otp_code = random.randint(100000, 999999)
    page = render(request, "otp.html", {"sent": True, "code": otp_code})
    # ok: trace.python.insecure-randomness.random-for-secret
    return page


def new_api_token():
    # ruleid: trace.python.insecure-randomness.random-for-secret
    return "".join(random.choices("abcdef0123456789", k=32))


def make_reset_code():
    # ruleid: trace.python.insecure-randomness.random-for-secret
    return "".join(random.choices(string.digits, k=6))


def make_invite_code():
    # ok: trace.python.insecure-randomness.random-for-secret
    return "".join(secrets.choice(string.digits) for _ in range(8))


def issue_kiosk_codes(store):
    alphabet = string.ascii_uppercase + string.digits
    # ruleid: trace.python.insecure-randomness.random-for-secret
    pin = "".join(random.choices(alphabet, k=8))
    # ruleid: trace.python.insecure-randomness.random-for-secret
    kiosk_passcode = random.randint(100000, 999999)
    # ok: trace.python.insecure-randomness.random-for-secret
    shipping_slot = random.choice(["am", "pm"])
    # ok: trace.python.insecure-randomness.random-for-secret
    spin_delay = random.uniform(0.1, 0.5)
    # ok: trace.python.insecure-randomness.random-for-secret
    pinned = random.sample(range(10), 3)
    store.save(pin, kiosk_passcode, shipping_slot, spin_delay, pinned)


def make_door_pin():
    # ruleid: trace.python.insecure-randomness.random-for-secret
    return "".join(random.choices(string.digits, k=6))


def new_pairing_code():
    # ruleid: trace.python.insecure-randomness.random-for-secret
    return "".join(random.choices(string.digits, k=8))


def random_color_code():
    # ok: trace.python.insecure-randomness.random-for-secret
    return "#%06x" % random.randint(0, 0xFFFFFF)


def pick_mapping_shard():
    # ok: trace.python.insecure-randomness.random-for-secret
    return random.randrange(16)


def open_kiosk_session(response):
    # ruleid: trace.python.insecure-randomness.random-for-secret
    response.set_cookie("kiosk_session", uuid.uuid1().hex)
    # ok: trace.python.insecure-randomness.random-for-secret
    response.set_cookie("kiosk_session", uuid.uuid4().hex)
    # ruleid: trace.python.insecure-randomness.random-for-secret
    session_id = uuid.uuid1().hex
    return session_id


async def start_password_reset(email):
    # ruleid: trace.python.insecure-randomness.random-for-secret
    code = f"{random.randint(0, 999999):06d}"
    await store_reset(email, code)


def verify_login_pin(user):
    # ok: trace.python.insecure-randomness.random-for-secret
    code = f"{secrets.randbelow(1000000):06d}"
    return code == user.pin


def assign_locker(member):
    # a locker's code drawn for the member is no secret of a sign-in
    # ok: trace.python.insecure-randomness.random-for-secret
    code = random.choice(LOCKER_CODES)
    return code
