"""Cookie-backed display preferences and saved searches."""
import base64
import json
import pickle

from cryptography.fernet import Fernet
from django.conf import settings

DEFAULT_PREFS = {"theme": "light", "large_print": False, "page_size": 25}


def load_display_prefs(cookie_value):
    if not cookie_value:
        return dict(DEFAULT_PREFS)
    try:
        data = json.loads(base64.urlsafe_b64decode(cookie_value))  # SAFE deser
    except (ValueError, TypeError):
        return dict(DEFAULT_PREFS)
    return {key: data.get(key, default) for key, default in DEFAULT_PREFS.items()}


def load_saved_searches(cookie_value):
    if not cookie_value:
        return []
    return pickle.loads(base64.urlsafe_b64decode(cookie_value))  # VULN deser


def encrypt_reading_history(history):
    box = Fernet(settings.PREFS_ENCRYPTION_KEY)  # SAFE secret
    return box.encrypt(json.dumps(history).encode()).decode()
