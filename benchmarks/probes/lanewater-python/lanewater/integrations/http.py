"""Shared urllib3 pool managers for outbound calls."""
import certifi
import urllib3

DEFAULT_TIMEOUT = urllib3.Timeout(connect=3.0, read=10.0)
DEFAULT_RETRIES = urllib3.Retry(total=2, backoff_factor=0.3, redirect=False, raise_on_status=False)

verified = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), timeout=DEFAULT_TIMEOUT, retries=DEFAULT_RETRIES)  # SAFE tls

sensor_pool = urllib3.PoolManager(cert_reqs="CERT_NONE", assert_hostname=False, timeout=DEFAULT_TIMEOUT, retries=DEFAULT_RETRIES)  # VULN tls

USER_AGENT = "Lanewater/2.4 (+https://lanewater.org/about)"


class UpstreamError(Exception):
    def __init__(self, status: int, message: str = ""):
        super().__init__(message or f"upstream returned {status}")
        self.status = status


def check(response: urllib3.BaseHTTPResponse) -> urllib3.BaseHTTPResponse:
    if response.status >= 400:
        raise UpstreamError(response.status)
    return response
