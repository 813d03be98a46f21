from django.urls import path

from .staff_views import PhysicianDetailView, PhysicianDirectoryView

app_name = "lab"

urlpatterns = [
    path("physicians/", PhysicianDirectoryView.as_view(), name="physician_directory"),
    path("physicians/<str:npi>/", PhysicianDetailView.as_view(), name="physician_detail"),
]
