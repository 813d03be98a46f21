"""Spokeshed: workshop bookings, parts stock and volunteer rotas."""

__version__ = "0.9.3"
