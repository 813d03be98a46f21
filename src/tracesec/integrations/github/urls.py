"""GitHub-facing URLs, included at `integrations/github/` by the root URLconf: the webhook, and
the setup and callback URLs GitHub sends the installing user back to (one view: with "Request
user authorization during installation" GitHub uses the callback URL)."""

from django.urls import path

from tracesec.integrations.github import views

app_name = "github_app"

urlpatterns = [
    path("webhook/", views.github_webhook, name="webhook"),
    path("setup/", views.github_setup, name="setup"),
    path("callback/", views.github_setup, name="callback"),
]
