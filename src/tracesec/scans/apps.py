from django.apps import AppConfig


class ScansConfig(AppConfig):
    name = "tracesec.scans"
    label = "scans"
    default_auto_field = "django.db.models.BigAutoField"
