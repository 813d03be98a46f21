"""Repository pages (namespace `repositories`); included from the root URLconf."""

from django.urls import path

from tracesec.repositories import views

app_name = "repositories"

urlpatterns = [
    path("repositories/", views.repository_list, name="list"),
    path("repositories/<int:repository_id>/", views.repository_detail, name="detail"),
    path("repositories/<int:repository_id>/scan/", views.repository_scan, name="scan"),
]
