"""Short-lived cache of assembled cumulative reports (signed pickles in Redis)."""
import hashlib
import hmac
import logging
import pickle

import redis
from django.conf import settings

logger = logging.getLogger(__name__)

_SIG_LEN = hashlib.sha256().digest_size


class SignedResultCache:
    prefix = "lw:results:"

    def __init__(self, client: redis.Redis | None = None, key: bytes | None = None):
        self.client = client or redis.Redis.from_url(settings.CACHE_REDIS_URL)
        self.key = key or settings.RESULT_CACHE_HMAC_KEY
        if not self.key:
            raise RuntimeError("RESULT_CACHE_HMAC_KEY is not configured")

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self.key, payload, hashlib.sha256).digest()

    def set(self, name: str, obj, ttl: int = 300) -> None:
        payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        self.client.setex(self.prefix + name, ttl, self._sign(payload) + payload)

    def get(self, name: str):
        blob = self.client.get(self.prefix + name)
        if not blob or len(blob) <= _SIG_LEN:
            return None
        signature, payload = blob[:_SIG_LEN], blob[_SIG_LEN:]
        if not hmac.compare_digest(signature, self._sign(payload)):
            logger.warning("discarding cache entry %s with bad signature", name)
            self.client.delete(self.prefix + name)
            return None
        return pickle.loads(payload)  # SAFE deser

    def invalidate(self, name: str) -> None:
        self.client.delete(self.prefix + name)
