"""Pawchart: practice management for the Pawchart veterinary clinic network."""

__version__ = "0.9.3"
