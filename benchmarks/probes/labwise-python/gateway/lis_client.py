"""Outbound HTTP from the gateway: result forwarding to the LIS and instrument status polling."""
import logging

import aiohttp

logger = logging.getLogger(__name__)


class UnknownInstrument(KeyError):
    pass


class LisClient:
    def __init__(self, session: aiohttp.ClientSession, ingest_url: str, token: str):
        self.session = session
        self.ingest_url = ingest_url
        self.headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}

    async def forward_reading(self, reading: dict) -> int:
        async with self.session.post(self.ingest_url, json=reading, headers=self.headers) as resp:  # SAFE ssrf
            if resp.status >= 400:
                body = await resp.text()
                logger.error("LIS rejected reading %s: %s %s", reading.get("accession"), resp.status, body[:200])
            return resp.status


class InstrumentStatusClient:
    def __init__(self, session: aiohttp.ClientSession, hosts: dict[str, str]):
        self.session = session
        self.hosts = hosts

    async def status(self, instrument_id: str) -> dict:
        host = self.hosts.get(instrument_id)
        if host is None:
            raise UnknownInstrument(instrument_id)
        timeout = aiohttp.ClientTimeout(total=5)
        async with self.session.get(f"http://{host}/api/status", timeout=timeout) as resp:  # SAFE ssrf
            resp.raise_for_status()
            return await resp.json()
