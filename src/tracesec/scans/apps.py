from django.apps import AppConfig

from tracesec.integrations.signals import connection_deactivated, default_branch_pushed


class ScansConfig(AppConfig):
    name = "tracesec.scans"
    label = "scans"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Integrations announce deactivations; scans react (integrations never import scans).
        # Imported here because receivers use models, which exist only once apps are ready.
        from tracesec.scans.receivers import cancel_queued_scans, queue_push_scan

        connection_deactivated.connect(
            cancel_queued_scans, dispatch_uid="scans.cancel_queued_scans"
        )
        default_branch_pushed.connect(queue_push_scan, dispatch_uid="scans.queue_push_scan")
