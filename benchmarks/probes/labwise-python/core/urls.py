from django.urls import path

from . import views

app_name = "core"

urlpatterns = [
    path("directory/", views.staff_search, name="staff_search"),
    path("directory/<str:uid>/", views.staff_detail, name="staff_detail"),
]
