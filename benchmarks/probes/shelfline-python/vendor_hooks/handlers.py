"""Business logic for vendor webhook events."""
import base64
import hashlib
import hmac
import json
import logging
import os
import pickle
from pathlib import Path

from . import client

log = logging.getLogger(__name__)

OVERDRIVE_WEBHOOK_SECRET = os.environ.get("OVERDRIVE_WEBHOOK_SECRET", "").encode()
COVER_CACHE = Path(os.environ.get("SHELFLINE_COVER_CACHE", "/srv/shelfline/media/covers/vendor"))


class WebhookRejected(Exception):
    pass


def verify_overdrive_signature(body, signature_header):
    expected = hmac.new(OVERDRIVE_WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if not signature_header or not hmac.compare_digest(expected, signature_header):
        raise WebhookRejected("bad signature")


def handle_overdrive_event(body, signature_header):
    verify_overdrive_signature(body, signature_header)
    event = json.loads(body)  # SAFE deser
    kind = event.get("eventType")
    if kind == "TitleAdded":
        meta = client.fetch_title_metadata("overdrive", event.get("reserveId", ""))
        return {"action": "title_added", "title": meta.get("title")}
    if kind == "CoverUpdated":
        return _store_cover(event["reserveId"], event["coverUrl"])
    return {"action": "ignored", "eventType": kind}


def handle_hoopla_event(body):
    envelope = json.loads(body)
    # hoopla's legacy partner feed wraps checkout state in a serialized
    # blob produced by their Python integration SDK.
    state = pickle.loads(base64.b64decode(envelope["state"]))  # VULN deser
    license_id = state.get("license_id")
    branch = state.get("branch_code", "CEN")
    if envelope.get("event") == "checkout.completed" and license_id:
        client.confirm_hoopla_license(license_id, branch)
    if envelope.get("cover_url"):
        _store_cover(str(state.get("title_id", "unknown")), envelope["cover_url"])
    return {"action": envelope.get("event"), "license": license_id}


def _store_cover(vendor_title_id, cover_url):
    data, content_type = client.fetch_cover(cover_url)
    checksum = hashlib.sha256(data).hexdigest()
    name = f"{checksum[:16]}.jpg"
    COVER_CACHE.mkdir(parents=True, exist_ok=True)
    (COVER_CACHE / name).write_bytes(data)
    log.info("stored cover %s for %s (%s)", name, vendor_title_id, content_type)
    return {"action": "cover_stored", "file": name}
