from django.apps import AppConfig

from tracesec.integrations.signals import connection_deactivated


class NotificationsConfig(AppConfig):
    name = "tracesec.notifications"
    label = "notifications"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Integrations announce deactivations; notifications react (integrations import no one).
        # Imported here because receivers use models, which exist only once apps are ready.
        from tracesec.notifications.receivers import connection_became_inactive

        connection_deactivated.connect(
            connection_became_inactive, dispatch_uid="notifications.connection_became_inactive"
        )
