from django.urls import path

from tracesec.notifications import views

app_name = "notifications"

urlpatterns = [
    path("", views.notification_settings, name="settings"),
    path("email/", views.email_settings, name="email"),
    path("webhooks/", views.webhook_create, name="webhook_create"),
    path("webhooks/<int:endpoint_id>/delete/", views.webhook_delete, name="webhook_delete"),
]
