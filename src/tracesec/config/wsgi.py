"""WSGI entry point (gunicorn `tracesec.config.wsgi:application`)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracesec.config.django.local")
application = get_wsgi_application()
