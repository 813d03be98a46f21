"""Admin: harvest reports and export downloads."""
import os

import cherrypy
from cherrypy.lib.static import serve_file

from brightwell.config import settings
from brightwell.models import ExportJob, SavedReport
from brightwell.security.paths import PathEscape, resolve_within
from brightwell.services import report_service
from brightwell.admin.auth import admin_page

REPORT_HEADER = ["site", "produce", "total_kg", "growers"]


class ReportsPage:
    @cherrypy.expose
    def index(self):
        reports = SavedReport.select().order_by(SavedReport.created_at.desc()).limit(100)
        exports = ExportJob.select().order_by(ExportJob.created_at.desc()).limit(50)
        return admin_page("reports", reports=list(reports), exports=list(exports), report=None)

    @cherrypy.expose
    def run(self, report_id):
        try:
            report, rows = report_service.run(int(report_id))
        except (ValueError, report_service.ReportError):
            raise cherrypy.HTTPError(404, "Report not found")
        return admin_page("reports", report=report, rows=rows, header=REPORT_HEADER)

    @cherrypy.expose
    def csv(self, report_id):
        report, rows = report_service.run(int(report_id))
        cherrypy.response.headers["Content-Type"] = "text/csv; charset=utf-8"
        cherrypy.response.headers["Content-Disposition"] = f'attachment; filename="report-{report.id}.csv"'
        return report_service.to_csv(rows, REPORT_HEADER)

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def summary(self, year=None):
        year = year or cherrypy.request.params.get("season", "2024")
        try:
            return report_service.summary(year)
        except ValueError:
            raise cherrypy.HTTPError(400, "year must be numeric")

    @cherrypy.expose
    def download(self, name):
        if ".." in name:
            raise cherrypy.HTTPError(400, "invalid file name")
        path = os.path.join(str(settings.storage.export_dir), name)
        return serve_file(path, disposition="attachment", name=os.path.basename(path))  # VULN path

    @cherrypy.expose
    def export(self, job_id):
        job = ExportJob.get_or_none(ExportJob.id == int(job_id))
        if job is None or not job.output_name:
            raise cherrypy.HTTPError(404, "Export not ready")
        try:
            path = resolve_within(settings.storage.export_dir, job.output_name)
        except PathEscape:
            raise cherrypy.HTTPError(404, "Export not found")
        return serve_file(path, disposition="attachment", name=os.path.basename(path))  # SAFE path
