from django.shortcuts import get_object_or_404
from rest_framework import viewsets
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from clinic.models import Appointment
from clinic.serializers import AppointmentSerializer
from clinic.tasks import send_appointment_reminder
from clinic.utils.tokens import make_confirmation_code
from clinic.views.common import IsClinicStaff, staff_clinic_code


class AppointmentViewSet(viewsets.ModelViewSet):
    serializer_class = AppointmentSerializer
    permission_classes = [IsClinicStaff]

    def get_queryset(self):
        qs = Appointment.objects.select_related("patient", "patient__owner")
        qs = qs.filter(patient__clinic__code=staff_clinic_code(self.request))
        day = self.request.query_params.get("day")
        if day:
            qs = qs.filter(starts_at__date=day)
        return qs

    def perform_create(self, serializer):
        appointment = serializer.save(confirmation_code=make_confirmation_code())
        send_appointment_reminder.delay(
            appointment.pk,
            self.request.data.get("message_template") or None,
            self.request.data.get("reminder_kind", "default"),
        )


class AppointmentByCodeView(APIView):
    permission_classes = [AllowAny]

    def get(self, request, *args, **kwargs):
        appointment = get_object_or_404(Appointment, confirmation_code=self.kwargs["code"])
        return Response({
            "pet": appointment.patient.name,
            "starts_at": appointment.starts_at.isoformat(),
            "status": appointment.status,
        })
