"""Brightwell community garden service."""

__version__ = "2.4.1"
