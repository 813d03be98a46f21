"""Finding pages and triage actions (namespace `findings`); included from the root URLconf."""

from django.urls import path

from tracesec.findings import views

app_name = "findings"

urlpatterns = [
    path("findings/views/", views.saved_view_save_view, name="saved-view-save"),
    path(
        "findings/views/<int:view_id>/delete/",
        views.saved_view_delete_view,
        name="saved-view-delete",
    ),
    path("findings/bulk/", views.finding_bulk_view, name="bulk"),
    path("findings/export.<str:fmt>", views.finding_export, name="export"),
    path("findings/<int:finding_id>/", views.finding_detail, name="detail"),
    path("findings/<int:finding_id>/ignore/", views.finding_ignore_view, name="ignore"),
    path("findings/<int:finding_id>/reopen/", views.finding_reopen_view, name="reopen"),
    path("findings/<int:finding_id>/assign/", views.finding_assign_view, name="assign"),
    path("findings/<int:finding_id>/comment/", views.finding_comment_view, name="comment"),
]
