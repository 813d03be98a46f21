# mypy: ignore-errors
# Django settings with django-cors-headers
CORS_ALLOW_CREDENTIALS = True
# ruleid: trace.python.cors.credentials-any-origin
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOWED_ORIGIN_REGEXES = [
    # ok: trace.python.cors.credentials-loose-origin-regex
    r"^https://\w+\.partners\.example$",
    # ruleid: trace.python.cors.credentials-loose-origin-regex
    r"^https://\w+\.partners\.example",
]
