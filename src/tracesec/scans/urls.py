"""Scan pages (namespace `scans`); included from the root URLconf."""

from django.urls import path

from tracesec.scans import views

app_name = "scans"

urlpatterns = [
    path("scans/<int:scan_id>/", views.scan_detail, name="detail"),
    path("scans/<int:scan_id>/status/", views.scan_status, name="status"),
    path("scans/<int:scan_id>/cancel/", views.scan_cancel_view, name="cancel"),
    path("scans/<int:scan_id>/export.<str:fmt>", views.scan_export, name="export"),
    path("scans/scan-all/", views.scan_all_view, name="scan_all"),
    path("scans/batches/<int:batch_id>/", views.scan_batch_detail, name="batch"),
    path(
        "scans/batches/<int:batch_id>/progress/", views.scan_batch_progress, name="batch_progress"
    ),
]
