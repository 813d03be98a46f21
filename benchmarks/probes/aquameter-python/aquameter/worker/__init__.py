"""Dramatiq background workers (billing exports, imports, leak detection, notifications)."""
