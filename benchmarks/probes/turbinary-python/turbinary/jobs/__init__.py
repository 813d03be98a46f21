"""RQ queues shared by the web tier and the workers."""
from redis import Redis
from rq import Queue

from turbinary.config import settings

redis_conn = Redis.from_url(settings.redis_url)
diagnostics_queue = Queue("diagnostics", connection=redis_conn, default_timeout=300)
imports_queue = Queue("imports", connection=redis_conn, default_timeout=900)
