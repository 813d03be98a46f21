"""Lanewater: lane bookings, swim-school classes and lifeguard shifts for municipal pools."""

__version__ = "2.4.0"
