# mypy: ignore-errors
import random
import secrets
import string


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


def pick_colour(colours):
    # ok: trace.python.insecure-randomness.random-for-secret
    colour = random.choice(colours)
    # ok: trace.python.insecure-randomness.random-for-secret
    delay = random.uniform(0.5, 1.5)
    return colour, delay
