"""Forge-facing URLs, included at `forge/v1/` by the root URLconf."""

from django.urls import path

from tracesec.integrations.bitbucket import apis

app_name = "forge"

urlpatterns = [
    path("lifecycle", apis.lifecycle_view, name="lifecycle"),
    path("push", apis.push_view, name="push"),
    path("pairing-code", apis.pairing_code_view, name="pairing_code"),
    path("status", apis.status_view, name="status"),
    path("token-delivery", apis.token_delivery_view, name="token_delivery"),
    path("uninstall", apis.uninstall_view, name="uninstall"),
    path("heartbeat", apis.heartbeat_view, name="heartbeat"),
]
