import uuid

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from rest_framework import permissions, serializers, status
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from .exporters import open_export
from .models import BillingExport, PayerProfile, RemittanceFile
from .remittance import save_remittance, summarize_835
from .services import BillingService, ExportService


class IsBillingStaff(permissions.BasePermission):
    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and request.user.groups.filter(name="billing").exists())


class ExportRequestSerializer(serializers.Serializer):
    payer = serializers.SlugRelatedField(slug_field="code", queryset=PayerProfile.objects.filter(active=True))
    period = serializers.CharField(max_length=32)
    gpg_recipient = serializers.CharField(max_length=120, required=False, allow_blank=True)


class ClaimsSummaryView(APIView):
    permission_classes = [IsBillingStaff]

    def get(self, request):
        payer = request.query_params.get("payer", "")
        period = request.query_params.get("period", "")
        if not payer or not period:
            return Response({"detail": "payer and period are required"}, status=status.HTTP_400_BAD_REQUEST)
        return Response(BillingService().claims_summary(payer, period))


class RevenueView(APIView):
    permission_classes = [IsBillingStaff]

    def get(self, request):
        bucket = request.query_params.get("bucket", "month")
        period = request.query_params.get("period", "")
        return Response({"results": BillingService().revenue(bucket, period)})


class ExportPreviewView(APIView):
    permission_classes = [IsBillingStaff]

    def get(self, request, payer_code):
        payer = get_object_or_404(PayerProfile, code=payer_code)
        columns = [c.strip() for c in request.query_params.get("columns", "").split(",") if c.strip()]
        rows = BillingService().preview_export(payer, request.query_params.get("period", ""), columns)
        return Response({"columns": list(rows[0].keys()) if rows else columns, "rows": rows})


class DenialsView(APIView):
    permission_classes = [IsBillingStaff]

    def get(self, request, payer_code):
        payer = get_object_or_404(PayerProfile, code=payer_code)
        return Response({"results": BillingService().denials(payer, request.query_params.get("period", ""))})


class ExportCreateView(APIView):
    permission_classes = [IsBillingStaff]

    def post(self, request):
        body = ExportRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        export = ExportService().queue_export(
            body.validated_data["payer"],
            body.validated_data["period"],
            request.user,
            recipient=body.validated_data.get("gpg_recipient") or None,
        )
        return Response({"id": str(export.id), "status": export.status}, status=status.HTTP_202_ACCEPTED)


class ExportDownloadView(APIView):
    permission_classes = [IsBillingStaff]

    def get(self, request):
        try:
            export_id = uuid.UUID(request.query_params.get("id", ""))
        except ValueError:
            raise Http404
        export = get_object_or_404(BillingExport, pk=export_id, status__in=["ready", "submitted"])
        handle = open_export(export_id, encrypted=export.encrypted)
        suffix = ".csv.gpg" if export.encrypted else ".csv"
        return FileResponse(handle, as_attachment=True, filename=f"claims-{export.payer.code}-{export.period_start:%Y%m}{suffix}")


class RemittanceUploadView(APIView):
    permission_classes = [IsBillingStaff]
    parser_classes = [MultiPartParser]

    def post(self, request):
        upload = request.FILES.get("file")
        if upload is None:
            return Response({"detail": "file missing"}, status=status.HTTP_400_BAD_REQUEST)
        payer = get_object_or_404(PayerProfile, code=request.data.get("payer", ""))
        file_name = request.data.get("file_name") or upload.name
        stored = save_remittance(file_name, upload)
        upload.seek(0)
        summary = summarize_835(upload.read().decode("latin-1"))
        record = RemittanceFile.objects.create(
            payer=payer,
            file_name=file_name,
            stored_path=stored,
            claim_count=summary.claim_count,
            total_paid=summary.total_paid,
        )
        return Response(
            {"id": record.pk, "claims": summary.claim_count, "paid": str(summary.total_paid)},
            status=status.HTTP_201_CREATED,
        )
