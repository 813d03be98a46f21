"""Entry point for the RQ worker container."""
from __future__ import annotations

import logging
import sys

from rq import Worker

from airwave.db import database
from airwave.jobs.rq_queue import redis_connection

QUEUES = ["audio", "feeds", "automation"]


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    queues = argv[1:] or QUEUES
    database.connect(reuse_if_open=True)
    try:
        Worker(queues, connection=redis_connection()).work(with_scheduler=True)
    finally:
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
