"""ASGI entry point for the public API: ``uvicorn lanewater.asgi:application``."""
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lanewater.settings")

application = get_asgi_application()
