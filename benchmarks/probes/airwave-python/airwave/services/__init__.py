"""Business services shared by the Pyramid site, Tornado studio and aiohttp live API."""
