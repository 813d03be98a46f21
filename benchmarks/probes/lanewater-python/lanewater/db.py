"""Tortoise ORM bootstrap shared by every process (Django ASGI, Robyn, arq worker)."""
import asyncio
import logging

from tortoise import Tortoise, connections

from lanewater import conf

log = logging.getLogger(__name__)

TORTOISE_ORM = {
    "connections": {"default": conf.DATABASE_URL},
    "apps": {
        "lanewater": {
            "models": [
                "lanewater.models",
            ],
            "default_connection": "default",
        }
    },
    "use_tz": True,
    "timezone": "Europe/Amsterdam",
}

_init_lock = asyncio.Lock()
_initialised = False


async def init_orm() -> None:
    """Initialise Tortoise once per process; safe to call from every request."""
    global _initialised
    if _initialised:
        return
    async with _init_lock:
        if _initialised:
            return
        await Tortoise.init(config=TORTOISE_ORM)
        _initialised = True
        log.info("tortoise initialised for %s", conf.ENVIRONMENT)


async def close_orm() -> None:
    global _initialised
    if _initialised:
        await connections.close_all()
        _initialised = False


def connection():
    """The default Tortoise connection, used by repositories for hand-written SQL."""
    return connections.get("default")
