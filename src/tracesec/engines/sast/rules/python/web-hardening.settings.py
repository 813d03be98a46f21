# mypy: ignore-errors
# Django settings with django-cors-headers
CORS_ALLOW_CREDENTIALS = True
# ruleid: trace.python.cors.credentials-any-origin
CORS_ALLOW_ALL_ORIGINS = True
