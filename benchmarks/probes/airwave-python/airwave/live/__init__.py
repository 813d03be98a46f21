"""aiohttp live API: now playing, dedications, automation hooks and partner feeds."""
