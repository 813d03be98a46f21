"""Pawchart referral portal for partner practices."""
from portal.app import create_app

__all__ = ["create_app"]
