from django.urls import path

from . import views

urlpatterns = [
    path("token/", views.token_obtain, name="portal_token"),
    path("token/refresh/", views.token_refresh, name="portal_token_refresh"),
    path("orders/", views.my_orders, name="portal_my_orders"),
]
