"""Aquameter: meter data, billing exports and field operations for the municipal water utility."""

__version__ = "2.4.1"
