import hmac

from django.conf import settings
from django.shortcuts import get_object_or_404
from lxml.etree import XMLSyntaxError
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from clinic.models import LabResult, Patient
from clinic.serializers import LabResultSerializer
from clinic.services import lab_service
from clinic.services.partner_client import LabPartnerClient, fetch_imaging_study
from clinic.tasks import fetch_partner_report, render_lab_pdf
from clinic.utils.hosts import HostNotAllowed
from clinic.utils.tokens import verify_partner_token
from clinic.views.common import IsClinicStaff, staff_clinic_code

PAPER_SIZES = {"A4", "A5", "Letter"}


class LabResultViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = LabResultSerializer
    permission_classes = [IsClinicStaff]

    def get_queryset(self):
        return LabResult.objects.filter(patient__clinic__code=staff_clinic_code(self.request)).order_by("-received_at")

    @action(detail=True, methods=["get"])
    def analyte(self, request, pk=None):
        return Response({"analytes": lab_service.find_analyte(self.get_object(), request.query_params.get("code", ""))})

    @action(detail=True, methods=["get"])
    def flagged(self, request, pk=None):
        return Response({"analytes": lab_service.analytes_with_flag(self.get_object(), request.query_params.get("flag", "H"))})

    @action(detail=True, methods=["post"])
    def pdf(self, request, pk=None):
        result = self.get_object()
        paper = request.data.get("paper", "A4")
        if paper not in PAPER_SIZES:
            return Response({"detail": "Unsupported paper size"}, status=status.HTTP_400_BAD_REQUEST)
        title = request.data.get("title") or f"{result.patient.name} - {result.panel}"
        render_lab_pdf.delay(result.pk, paper, title)
        return Response({"queued": True}, status=status.HTTP_202_ACCEPTED)

    @action(detail=True, methods=["post"], url_path="fetch-report")
    def fetch_report(self, request, pk=None):
        result = self.get_object()
        fetch_partner_report.apply_async(args=[result.pk, request.data["report_url"]], countdown=5)
        return Response({"queued": True}, status=status.HTTP_202_ACCEPTED)

    @action(detail=True, methods=["post"])
    def imaging(self, request, pk=None):
        self.get_object()
        study_url = request.data.get("study_url", "")
        if not study_url.startswith(settings.IMAGING_BASE_URL):
            return Response({"detail": "Studies must come from the imaging archive"}, status=status.HTTP_400_BAD_REQUEST)
        content = fetch_imaging_study(study_url)
        return Response({"bytes": len(content), "preview": content[:512].hex()})

    @action(detail=False, methods=["get"], url_path="partner-catalog")
    def partner_catalog(self, request):
        try:
            tests = LabPartnerClient().fetch_catalog(request.query_params.get("lab", ""))
        except HostNotAllowed:
            return Response({"detail": "Unknown lab partner"}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"tests": tests})


class LabUploadView(APIView):
    permission_classes = [IsClinicStaff]
    parser_classes = [MultiPartParser]

    def post(self, request, patient_id):
        patient = get_object_or_404(Patient, pk=patient_id, clinic__code=staff_clinic_code(request))
        upload = request.FILES.get("report")
        if upload is None:
            return Response({"detail": "Missing report file"}, status=status.HTTP_400_BAD_REQUEST)
        try:
            result = lab_service.import_lab_xml(patient, upload.read())
        except XMLSyntaxError as exc:
            return Response({"detail": f"Invalid XML: {exc}"}, status=status.HTTP_400_BAD_REQUEST)
        return Response(LabResultSerializer(result).data, status=status.HTTP_201_CREATED)


class PartnerWebhookView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]

    def post(self, request):
        expected = hmac.new(settings.LAB_WEBHOOK_SECRET.encode(), request.body, "sha256").hexdigest()  # SAFE secret
        if not hmac.compare_digest(expected, request.headers.get("X-Lab-Signature", "")):
            return Response(status=status.HTTP_401_UNAUTHORIZED)
        claims = verify_partner_token(request.headers.get("X-Lab-Token", ""))
        push = lab_service.parse_partner_push(request.body)
        updated = LabResult.objects.filter(external_ref=push["ref"]).update(summary=f"{push['status']} ({claims['iss']})")
        return Response({"updated": updated})
