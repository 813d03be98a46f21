"""Ops support admin tool (Bottle)."""
