from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "tracesec.dashboard"
    label = "dashboard"
