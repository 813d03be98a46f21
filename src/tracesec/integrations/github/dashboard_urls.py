"""Dashboard pages of the GitHub integration (namespace `github`), under
`settings/integrations/github/`."""

from django.urls import path

from tracesec.integrations.github import views

app_name = "github"

urlpatterns = [
    path("", views.github_page, name="page"),
    path("install/", views.github_install, name="install"),
    path("connections/<int:connection_id>/resync/", views.github_resync, name="resync"),
    path("connections/<int:connection_id>/", views.github_connection_card, name="card"),
]
