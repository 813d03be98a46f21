"""Key management: `get_kms()` returns the backend chosen by settings (`TRACE_KMS_BACKEND`)."""

from __future__ import annotations

from functools import lru_cache

from tracesec.kms.base import KmsBackend, KmsDecryptError, KmsError, Sealed

__all__ = ["KmsBackend", "KmsDecryptError", "KmsError", "Sealed", "get_kms", "reset_kms_cache"]


@lru_cache(maxsize=1)
def get_kms() -> KmsBackend:
    """The configured backend (explicit registry; no dotted paths in config)."""
    from django.conf import settings

    name = getattr(settings, "TRACE_KMS_BACKEND", "local")
    if name == "local":
        from tracesec.kms.local import LocalKmsBackend

        return LocalKmsBackend(settings.TRACE_KMS_LOCAL_KEY_FILE)
    if name == "aws":
        from tracesec.kms.aws import AwsKmsBackend

        return AwsKmsBackend(
            key_id=settings.TRACE_KMS_AWS_KEY_ID,
            region_name=getattr(settings, "TRACE_KMS_AWS_REGION", None) or None,
            endpoint_url=getattr(settings, "TRACE_KMS_AWS_ENDPOINT_URL", None) or None,
        )
    raise KmsError(f"unknown TRACE_KMS_BACKEND {name!r} (expected 'local' or 'aws')")


def reset_kms_cache() -> None:
    """Forget the cached backend (settings changed, e.g. in tests)."""
    get_kms.cache_clear()
