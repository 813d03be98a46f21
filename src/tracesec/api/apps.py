from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "tracesec.api"
    label = "api"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from tracesec.api import signals

        signals.connect()
