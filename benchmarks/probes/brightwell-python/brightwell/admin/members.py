"""Admin: member directory, roster imports and kiosk accounts."""
import cherrypy

from brightwell.models import Gardener, Site
from brightwell.services import account_service, directory_service, roster_service
from brightwell.admin.auth import admin_page


class MembersPage:
    @cherrypy.expose
    def index(self, page="1"):
        page_no = max(int(page), 1) if page.isdigit() else 1
        members = (Gardener.select().order_by(Gardener.username)
                   .paginate(page_no, 50))
        return admin_page("members", members=list(members), page=page_no, result=None, summary=None)

    @cherrypy.expose
    def lookup(self, ref=None, email=None):
        result = None
        if ref:
            result = directory_service.lookup_member(ref.strip())
        elif email:
            result = directory_service.lookup_by_email(email.strip())
        return admin_page("members", members=[], page=1, result=result, summary=None)

    @cherrypy.expose
    def import_roster(self, roster=None):
        if cherrypy.request.method != "POST":
            raise cherrypy.HTTPRedirect("/members/")
        document = roster.file.read().decode("utf-8") if roster is not None else cherrypy.request.body.read().decode("utf-8")
        members = roster_service.parse_roster(document)
        summary = roster_service.apply_roster(members)
        return admin_page("members", members=[], page=1, result=None, summary=summary)

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def site_config(self):
        if cherrypy.request.method != "POST":
            raise cherrypy.HTTPError(405)
        body = cherrypy.request.body.read().decode("utf-8")
        config = roster_service.parse_site_config(body)
        site = roster_service.apply_site_config(config)
        return {"slug": site.slug, "name": site.name}

    @cherrypy.expose
    def kiosk(self, site_slug, password):
        if cherrypy.request.method != "POST":
            raise cherrypy.HTTPError(405)
        site = Site.get_or_none(Site.slug == site_slug)
        if site is None:
            raise cherrypy.HTTPError(404, "Unknown site")
        account_service.create_kiosk_account(site, password)
        raise cherrypy.HTTPRedirect("/members/")

    @cherrypy.expose
    def deactivate(self, gardener_id):
        Gardener.update(is_active=False).where(Gardener.id == int(gardener_id)).execute()
        raise cherrypy.HTTPRedirect("/members/")
