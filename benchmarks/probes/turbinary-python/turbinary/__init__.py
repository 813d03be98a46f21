"""Turbinary wind farm operations platform."""

__version__ = "2.7.0"
