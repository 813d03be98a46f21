"""Process entry points.

Web:    gunicorn wsgi:app
Worker: celery -A wsgi.celery worker -l info
"""
from controlpoint import create_app
from controlpoint.extensions import celery  # noqa: F401  (exposed for the celery CLI)

app = create_app()

import controlpoint.tasks  # noqa: E402,F401  (register tasks with the shared Celery app)

if __name__ == "__main__":
    app.run(debug=False, port=5000)
