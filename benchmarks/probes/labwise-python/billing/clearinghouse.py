"""Submission of claim batches to the ClearPay EDI clearinghouse (mutual TLS)."""
import logging
import ssl

import httpx
from django.conf import settings

logger = logging.getLogger(__name__)


class ClearinghouseError(Exception):
    pass


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.CLEARINGHOUSE_CA)
    ctx.load_cert_chain(settings.CLEARINGHOUSE_CLIENT_CERT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class ClearinghouseClient:
    def __init__(self, base_url: str | None = None):
        self.client = httpx.Client(base_url=base_url or settings.CLEARINGHOUSE_URL, verify=_tls_context(), timeout=httpx.Timeout(30.0))  # SAFE tls

    def submit_batch(self, path: str, payer_code: str, export_id: str) -> str:
        with open(path, "rb") as fh:
            resp = self.client.post(
                "/v1/claims/batches",
                files={"batch": (f"{export_id}.dat", fh, "application/octet-stream")},
                data={"payer": payer_code, "reference": export_id},
            )
        if resp.status_code >= 400:
            raise ClearinghouseError(f"clearinghouse rejected batch {export_id}: {resp.status_code} {resp.text[:200]}")
        tracking = resp.json()["tracking_id"]
        logger.info("batch %s accepted by clearinghouse as %s", export_id, tracking)
        return tracking

    def close(self):
        self.client.close()
