"""Tidepool marina platform."""

__version__ = "2.7.0"
