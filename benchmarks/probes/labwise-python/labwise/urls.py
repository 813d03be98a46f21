from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("staff/", include("core.urls")),
    path("intake/", include("intake.urls")),
    path("api/orders/", include("orders.urls")),
    path("lab/", include("orders.staff_urls")),
    path("results/", include("results.urls")),
    path("portal/", include("portal.urls")),
    path("api/portal/", include("portal.api_urls")),
    path("billing/", include("billing.urls")),
]
