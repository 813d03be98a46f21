"""Crewline - crew rostering, pairings, duty-time limits and training records."""

__version__ = "2.14.3"
