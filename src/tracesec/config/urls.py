"""Root URL configuration.

Extension points for later apps (one line each):
  - Forge-facing endpoints: `forge/v1/` (see `FORGE_URLS` below).
  - Dashboard pages: `tracesec/dashboard/urls.py` includes per-app dashboard URL modules.
"""

from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import include, path

from tracesec.api.router import api


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("forge/v1/", include("tracesec.integrations.bitbucket.urls")),
    path("integrations/github/", include("tracesec.integrations.github.urls")),
    path(
        "settings/integrations/github/",
        include("tracesec.integrations.github.dashboard_urls"),
    ),
    path(
        "settings/integrations/bitbucket/",
        include("tracesec.integrations.bitbucket.dashboard_urls"),
    ),
    path("settings/notifications/", include("tracesec.notifications.urls")),
    path("", include("tracesec.repositories.urls")),
    path("", include("tracesec.scans.urls")),
    path("", include("tracesec.schedules.urls")),
    path("", include("tracesec.findings.urls")),
    path("", include("tracesec.dashboard.urls")),
]
