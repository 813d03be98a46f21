"""Station operations feed (aiohttp)."""
