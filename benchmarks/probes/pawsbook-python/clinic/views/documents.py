from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from rest_framework import status
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from clinic.models import Patient
from clinic.services import document_service
from clinic.tasks import import_lab_pack, import_records_bundle
from clinic.utils.paths import PathOutsideRoot, resolve_within
from clinic.views.common import IsClinicStaff, staff_clinic_code


class AttachmentDownloadView(APIView):
    permission_classes = [IsClinicStaff]

    def get(self, request, patient_id):
        patient = get_object_or_404(Patient, pk=patient_id, clinic__code=staff_clinic_code(request))
        name = request.query_params.get("file", "")
        try:
            handle = document_service.open_attachment(patient.pk, name)
        except (PathOutsideRoot, FileNotFoundError):
            raise Http404("No such attachment")
        return FileResponse(handle, as_attachment=True, filename=name.rsplit("/", 1)[-1])


class LabReportDownloadView(APIView):
    permission_classes = [IsClinicStaff]

    def get(self, request, *args, **kwargs):
        try:
            path = resolve_within(settings.LAB_REPORT_ROOT, self.kwargs["filename"])
        except PathOutsideRoot:
            raise Http404("No such report")
        return FileResponse(open(path, "rb"), as_attachment=True)  # SAFE path


class ArchiveImportView(APIView):
    permission_classes = [IsClinicStaff]
    parser_classes = [MultiPartParser]

    def post(self, request, kind):
        upload = request.FILES.get("archive")
        if upload is None or not upload.name.endswith((".tar", ".tar.gz", ".tgz")):
            return Response({"detail": "Upload a tar archive"}, status=status.HTTP_400_BAD_REQUEST)
        staged = document_service.stage_upload(upload, ".tar")
        if kind == "records":
            import_records_bundle.apply_async(args=[staged, staff_clinic_code(request)])
        else:
            import_lab_pack.delay(staged)
        return Response({"queued": True}, status=status.HTTP_202_ACCEPTED)


class XrayUploadView(APIView):
    permission_classes = [IsClinicStaff]
    parser_classes = [MultiPartParser]

    def post(self, request, patient_id):
        patient = get_object_or_404(Patient, pk=patient_id, clinic__code=staff_clinic_code(request))
        if "images" not in request.FILES:
            return Response({"detail": "Missing images archive"}, status=status.HTTP_400_BAD_REQUEST)
        try:
            stored = document_service.store_xray_zip(request.FILES["images"], patient.pk)
        except ValueError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"stored": stored}, status=status.HTTP_201_CREATED)
