import random
import string

from django.db import connection


def next_load_reference():
    with connection.cursor() as cur:
        cur.execute("SELECT nextval('load_reference_seq')")
        (value,) = cur.fetchone()
    return f"HM-{value:06d}"


def generate_pickup_pin(length=6):
    """PIN the driver gives at the shipper's gate to be released the freight."""
    return "".join(random.choices(string.digits, k=length))  # VULN random
