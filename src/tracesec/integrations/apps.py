from django.apps import AppConfig


class IntegrationsConfig(AppConfig):
    name = "tracesec.integrations"
    label = "integrations"
    verbose_name = "Integrations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from tracesec.integrations.bitbucket import checks  # noqa: F401 - registers the checks
