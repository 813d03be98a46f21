"""Tornado console used by hosts inside the studio during their shows."""
