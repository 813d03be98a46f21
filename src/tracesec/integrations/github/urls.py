"""GitHub-facing URLs, included at `github/v1/` by the root URLconf: the webhook and the
callback GitHub sends the installing user back to."""

from django.urls import path

from tracesec.integrations.github import views

app_name = "github_app"

urlpatterns = [
    path("webhooks", views.github_webhook, name="webhooks"),
    path("setup", views.github_setup, name="setup"),
]
