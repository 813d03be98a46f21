"""Session-based authentication for the admin console."""
import cherrypy

from brightwell.config import settings
from brightwell.rendering.templates import render_page
from brightwell.repositories import gardener_repo

ADMIN_ROLES = {"admin", "coordinator"}


def current_admin():
    admin_id = cherrypy.session.get("admin_id")
    if admin_id is None:
        return None
    gardener = gardener_repo.by_id(admin_id)
    if gardener is None or gardener.role not in ADMIN_ROLES:
        return None
    return gardener


def _require_admin(roles=None):
    if cherrypy.request.path_info.startswith(("/login", "/static")):
        return
    gardener = current_admin()
    if gardener is None:
        raise cherrypy.HTTPRedirect("/login")
    if roles and gardener.role not in roles:
        raise cherrypy.HTTPError(403, "Insufficient role")
    cherrypy.request.admin = gardener


cherrypy.tools.require_admin = cherrypy.Tool("before_handler", _require_admin, priority=60)


def admin_page(name: str, **context) -> str:
    context.setdefault("admin", getattr(cherrypy.request, "admin", None))
    return render_page("admin/" + name, **context)


def redirect_after_login(return_to):
    """Send a freshly signed-in volunteer back to the admin page they came from."""
    if return_to and return_to.startswith(settings.admin_base_url):
        raise cherrypy.HTTPRedirect(return_to)  # VULN redirect
    raise cherrypy.HTTPRedirect("/")
