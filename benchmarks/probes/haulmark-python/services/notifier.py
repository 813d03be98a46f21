import hashlib
import hmac
import json
import logging

import requests
from django.conf import settings

log = logging.getLogger(__name__)


def sign(body):
    return hmac.new(settings.WEBHOOK_SIGNING_KEY, body, hashlib.sha256).hexdigest()  # SAFE secret


def post_event(url, payload):
    body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
    headers = {"Content-Type": "application/json", "X-Haulmark-Signature": sign(body)}
    resp = requests.post(url, data=body, headers=headers, timeout=5)  # VULN ssrf
    log.info("webhook %s -> %s", payload.get("event"), resp.status_code)
    resp.raise_for_status()
    return resp.status_code
