"""Admin: site infrastructure checks."""
import cherrypy

from brightwell.models import Site
from brightwell.services import diagnostics_service, weather_client
from brightwell.admin.auth import admin_page


class MaintenancePage:
    @cherrypy.expose
    def index(self):
        return admin_page("maintenance", sites=list(Site.select()), output=None)

    @cherrypy.expose
    def ping(self, site=None, host=None):
        if site and not host:
            record = Site.get_or_none(Site.slug == site)
            host = record.gateway_host if record else None
        if not host:
            raise cherrypy.HTTPError(400, "no gateway configured")
        output = diagnostics_service.ping_gateway(host)
        return admin_page("maintenance", sites=list(Site.select()), output=output)

    @cherrypy.expose
    def trace(self, host):
        try:
            output = diagnostics_service.trace_gateway(host)
        except diagnostics_service.DiagnosticsError as exc:
            raise cherrypy.HTTPError(400, str(exc))
        return admin_page("maintenance", sites=list(Site.select()), output=output)

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def water(self, meter_id):
        return weather_client.water_usage(meter_id)
