import hashlib
import hmac

from django.contrib.auth.hashers import check_password, make_password


def hash_portal_password(raw_password):
    return make_password(raw_password)  # SAFE hash


def portal_password_matches(raw_password, stored):
    return bool(stored) and check_password(raw_password, stored)


def hash_kiosk_password(raw_password):
    return hashlib.sha1(raw_password.encode("utf-8")).hexdigest()  # VULN hash


def kiosk_password_matches(raw_password, stored):
    return hmac.compare_digest(hash_kiosk_password(raw_password), stored)
