"""Millrace: ticketing and school-visit bookings for the Hartsford watermill."""

__version__ = "2.3.1"
