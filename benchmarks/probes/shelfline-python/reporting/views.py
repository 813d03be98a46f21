from django.http import FileResponse, Http404
from rest_framework import status
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from . import db, exports


class ActivityReportView(APIView):
    permission_classes = [IsAdminUser]

    def get(self, request):
        params = request.query_params
        try:
            rows = db.activity_by_period(
                bucket=params.get("bucket", "month"),
                group_by=params.get("group_by", "branch"),
                year=params.get("year", "2024"),
            )
        except (db.ReportError, ValueError) as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response(rows)


class CirculationSummaryView(APIView):
    permission_classes = [IsAdminUser]

    def get(self, request):
        params = request.query_params
        try:
            rows = db.circulation_summary(
                params.get("branch", ""),
                params.get("sort", "checkouts"),
                descending=params.get("order", "desc") != "asc",
                limit=min(int(params.get("limit", 100)), 1000),
            )
        except (db.ReportError, ValueError) as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response(rows)


class ExportDownloadView(APIView):
    permission_classes = [IsAdminUser]

    def get(self, request, filename):
        try:
            fh = exports.open_export(request.query_params.get("path", filename))
        except exports.ExportNotFound:
            raise Http404("no such export")
        return FileResponse(fh, as_attachment=True, filename=filename)


class ScheduledExportView(APIView):
    permission_classes = [IsAdminUser]

    def get(self, request, filename):
        try:
            fh = exports.open_scheduled_export(filename)
        except exports.ExportNotFound:
            raise Http404("no such export")
        return FileResponse(fh, as_attachment=True, filename=filename)
