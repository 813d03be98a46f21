from django.urls import path

from . import views

urlpatterns = [
    path("login/", views.portal_login, name="portal-login"),
    path("logout/", views.portal_logout, name="portal-logout"),
    path("register/", views.PortalRegisterView.as_view(), name="portal-register"),
    path("password-reset/", views.ResetRequestView.as_view(), name="portal-reset-request"),
    path("password-reset/confirm/", views.ResetConfirmView.as_view(), name="portal-reset-confirm"),
]
