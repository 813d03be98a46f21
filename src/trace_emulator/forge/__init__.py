"""The emulated Forge platform (see `platform.py` for how its parts fit together)."""
