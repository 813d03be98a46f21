"""Outbound integrations (GIS, SCADA historian, webhooks)."""
