from django.apps import AppConfig

from tracesec.integrations.signals import (
    connection_deactivated,
    default_branch_pushed,
    pull_request_changed,
    pull_request_check_rerequested,
    pull_request_closed,
)


class ScansConfig(AppConfig):
    name = "tracesec.scans"
    label = "scans"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Integrations announce deactivations; scans react (integrations never import scans).
        # Imported here because receivers use models, which exist only once apps are ready.
        from tracesec.scans.receivers import (
            cancel_queued_scans,
            close_pull_request,
            queue_pull_request_scan,
            queue_push_scan,
            rerun_pull_request_scan,
        )

        connection_deactivated.connect(
            cancel_queued_scans, dispatch_uid="scans.cancel_queued_scans"
        )
        default_branch_pushed.connect(queue_push_scan, dispatch_uid="scans.queue_push_scan")
        pull_request_changed.connect(
            queue_pull_request_scan, dispatch_uid="scans.queue_pull_request_scan"
        )
        pull_request_check_rerequested.connect(
            rerun_pull_request_scan, dispatch_uid="scans.rerun_pull_request_scan"
        )
        pull_request_closed.connect(close_pull_request, dispatch_uid="scans.close_pull_request")
