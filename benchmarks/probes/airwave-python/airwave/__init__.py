"""Airwave: scheduling, archive and live-studio services for a community radio station."""

__version__ = "2.4.1"
