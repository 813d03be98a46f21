from django.conf import settings


def site_banner(request):
    return {
        "maintenance_banner": settings.MAINTENANCE_BANNER,
        "broker_name": settings.BROKER_NAME,
    }
