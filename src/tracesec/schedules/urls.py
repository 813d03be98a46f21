"""Schedule pages (namespace `schedules`); included from the root URLconf."""

from django.urls import path

from tracesec.schedules import views

app_name = "schedules"

urlpatterns = [
    path("settings/schedule/", views.schedule_settings, name="settings"),
    path(
        "repositories/<int:repository_id>/schedule/",
        views.repository_schedule,
        name="repository",
    ),
]
