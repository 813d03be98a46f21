from django.contrib import admin
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from carriers.views import CarrierViewSet
from loads.views import LoadViewSet

router = DefaultRouter()
router.register("loads", LoadViewSet, basename="load")
router.register("carriers", CarrierViewSet, basename="carrier")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include(router.urls)),
    path("", include("loads.urls")),
    path("", include("carriers.urls")),
    path("", include("documents.urls")),
    path("", include("quotes.urls")),
    path("portal/", include("accounts.urls")),
]
