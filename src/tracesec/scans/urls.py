"""Repository and scan pages (namespace `scans`); included from the root URLconf."""

from django.urls import path

from tracesec.scans import views

app_name = "scans"

urlpatterns = [
    path("repositories/<int:repository_id>/", views.repository_detail, name="repository"),
    path("repositories/<int:repository_id>/scan/", views.repository_scan, name="request"),
    path("scans/<int:scan_id>/", views.scan_detail, name="detail"),
    path("scans/<int:scan_id>/status/", views.scan_status, name="status"),
    path("scans/<int:scan_id>/cancel/", views.scan_cancel_view, name="cancel"),
    path("scans/<int:scan_id>/export.<str:fmt>", views.scan_export, name="export"),
]
