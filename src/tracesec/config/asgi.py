"""ASGI entry point (uvicorn `tracesec.config.asgi:application`)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracesec.config.django.local")
application = get_asgi_application()
