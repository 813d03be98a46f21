"""arq worker entry point: ``arq lanewater.jobs.worker.WorkerSettings``."""
import logging

from lanewater.db import close_orm, init_orm
from lanewater.jobs import tasks
from lanewater.jobs.queue import QUEUE_NAME, redis_settings
from lanewater.repositories import report_repository

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")


async def startup(ctx) -> None:
    await init_orm()


async def shutdown(ctx) -> None:
    await report_repository.close_pool()
    await close_orm()


class WorkerSettings:
    functions = [
        tasks.send_booking_confirmation,
        tasks.deliver_booking_webhooks,
        tasks.send_class_welcome,
        tasks.render_badge_certificate,
        tasks.build_occupancy_report,
        tasks.send_password_reset,
    ]
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = redis_settings()
    queue_name = QUEUE_NAME
    max_jobs = 8
    job_timeout = 300
    keep_result = 3600
