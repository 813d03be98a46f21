from django.apps import AppConfig

from tracesec.integrations.signals import connection_deactivated


class ScansConfig(AppConfig):
    name = "tracesec.scans"
    label = "scans"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Integrations announce deactivations; scans react (integrations never import scans).
        # Imported here because receivers use models, which exist only once apps are ready.
        from tracesec.scans.receivers import cancel_queued_scans

        connection_deactivated.connect(
            cancel_queued_scans, dispatch_uid="scans.cancel_queued_scans"
        )
