from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from clinic.models import Patient
from clinic.serializers import PatientSerializer
from clinic.services.patient_service import PatientService
from clinic.utils.html import allergy_highlight, species_badge
from clinic.utils.prefs import decode_ui_prefs
from clinic.views.common import IsClinicStaff, staff_clinic_code


class PatientViewSet(viewsets.ModelViewSet):
    serializer_class = PatientSerializer
    permission_classes = [IsClinicStaff]
    service = PatientService()

    def get_queryset(self):
        qs = Patient.objects.select_related("owner", "clinic").filter(clinic__code=staff_clinic_code(self.request))
        species = self.request.query_params.get("species")
        if species in dict(Patient.SPECIES_CHOICES):
            qs = qs.filter(species=species)
        breed = self.request.query_params.get("breed")
        if breed:
            qs = qs.extra(where=["LOWER(clinic_patient.breed) = LOWER(%s)"], params=[breed])  # SAFE sqli
        return qs.order_by("name")

    @action(detail=False, methods=["get"])
    def search(self, request):
        term = request.query_params.get("q", "")
        return Response({"results": self.service.search_patients(staff_clinic_code(request), term)})

    @action(detail=False, methods=["get"], url_path="microchip/(?P<chip>[^/]+)")
    def microchip(self, request, chip=None):
        return Response({"results": self.service.lookup_microchip(self.kwargs["chip"])})

    @action(detail=False, methods=["get"])
    def roster(self, request):
        filters = {"clinic": staff_clinic_code(request), "order": request.query_params.get("order")}
        return Response({"results": self.service.clinic_roster(filters)})

    @action(detail=False, methods=["get"])
    def mine(self, request):
        return Response({"results": self.service.roster_for_user(staff_clinic_code(request), request.user)})

    @action(detail=False, methods=["get"])
    def weights(self, request):
        unit = request.query_params.get("unit", "kg")
        return Response({"results": self.service.weights(staff_clinic_code(request), unit)})


@login_required
def patient_card(request, pk):
    patient = get_object_or_404(Patient.objects.select_related("owner", "clinic"), pk=pk, clinic__staff__user=request.user)
    prefs = decode_ui_prefs(request.COOKIES.get("pb_ui"))
    context = {
        "patient": patient,
        "prefs": prefs,
        "badge": species_badge(patient.species, request.GET.get("label", patient.get_species_display())),
        "highlight": allergy_highlight(request.GET.get("highlight", "")),
        "recent_results": patient.lab_results.order_by("-received_at")[:5],
    }
    return render(request, "clinic/patient_card.html", context)
