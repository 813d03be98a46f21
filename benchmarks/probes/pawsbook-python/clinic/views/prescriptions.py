from decimal import InvalidOperation

from rest_framework import status, viewsets
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from clinic.models import Prescription
from clinic.serializers import DoseRequestSerializer, PrescriptionSerializer
from clinic.services.dosage import DOSE_FORMULAS, custom_dose, standard_dose
from clinic.services.protocol_service import ProtocolError, load_treatment_protocol
from clinic.utils.prefs import load_signed_draft, sign_draft
from clinic.views.common import IsClinicStaff, staff_clinic_code


class PrescriptionViewSet(viewsets.ModelViewSet):
    serializer_class = PrescriptionSerializer
    permission_classes = [IsClinicStaff]

    def get_queryset(self):
        return Prescription.objects.filter(patient__clinic__code=staff_clinic_code(self.request)).order_by("-issued_at")

    def perform_create(self, serializer):
        serializer.save(issued_by=self.request.user)


class DoseCalculatorView(APIView):
    permission_classes = [IsClinicStaff]

    def post(self, request):
        serializer = DoseRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            if data.get("drug") in DOSE_FORMULAS:
                dose = standard_dose(data["drug"], data["weight_kg"])
            elif data.get("formula"):
                dose = custom_dose(data["formula"], data["weight_kg"])
            else:
                return Response({"detail": "Provide a known drug or a formula"}, status=status.HTTP_400_BAD_REQUEST)
        except (ArithmeticError, InvalidOperation, NameError, SyntaxError, TypeError) as exc:
            return Response({"detail": f"Could not evaluate formula: {exc}"}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"dose_mg": str(dose), "weight_kg": str(data["weight_kg"])})


class ProtocolUploadView(APIView):
    permission_classes = [IsClinicStaff]
    parser_classes = [MultiPartParser]

    def post(self, request):
        upload = request.FILES.get("protocol")
        if upload is None:
            return Response({"detail": "Missing protocol file"}, status=status.HTTP_400_BAD_REQUEST)
        try:
            return Response(load_treatment_protocol(upload.read()), status=status.HTTP_201_CREATED)
        except ProtocolError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)


class PrescriptionDraftView(APIView):
    permission_classes = [IsClinicStaff]

    def post(self, request):
        fields = ("patient", "drug_name", "dose_mg", "frequency")
        return Response({"draft": sign_draft({f: str(request.data.get(f, "")) for f in fields})})

    def put(self, request):
        try:
            return Response(load_signed_draft(request.data.get("draft", "")))
        except (ValueError, TypeError):
            return Response({"detail": "Draft is invalid or was tampered with"}, status=status.HTTP_400_BAD_REQUEST)
