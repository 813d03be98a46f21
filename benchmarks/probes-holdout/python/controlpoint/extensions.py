"""Shared extension objects: database session, login manager, Celery."""
import os

from celery import Celery
from flask_login import LoginManager
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, scoped_session, sessionmaker


class Base(DeclarativeBase):
    pass


engine = create_engine(
    os.environ.get("DATABASE_URL", "postgresql+psycopg://controlpoint@localhost:5432/controlpoint"),
    pool_pre_ping=True,
)
SessionLocal = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)
db_session = scoped_session(SessionLocal)

login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message_category = "info"

celery = Celery("controlpoint")


def init_celery(app) -> Celery:
    celery.conf.update(
        broker_url=app.config["CELERY_BROKER_URL"],
        result_backend=app.config["CELERY_RESULT_BACKEND"],
        task_serializer="json",
        accept_content=["json"],
        task_acks_late=True,
    )

    class AppContextTask(celery.Task):
        def __call__(self, *args, **kwargs):
            with app.app_context():
                try:
                    return self.run(*args, **kwargs)
                finally:
                    db_session.remove()

    celery.Task = AppContextTask
    return celery
