from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from clinic.repositories.history_store import HistoryStore
from clinic.views.common import IsClinicStaff, staff_clinic_code


class HistoryViewSet(viewsets.ViewSet):
    permission_classes = [IsClinicStaff]

    def _store(self):
        return HistoryStore()

    @action(detail=False, methods=["post"])
    def search(self, request):
        criteria = request.data.get("filter", {})
        if not isinstance(criteria, dict):
            return Response({"detail": "filter must be an object"}, status=status.HTTP_400_BAD_REQUEST)
        limit = min(int(request.data.get("limit", 100)), 500)
        events = self._store().search(staff_clinic_code(request), criteria, limit=limit)
        return Response({"events": events})

    @action(detail=False, methods=["get"])
    def tagged(self, request):
        tag = request.query_params.get("tag", "")
        return Response({"events": self._store().tagged(staff_clinic_code(request), tag)})

    @action(detail=False, methods=["post"], url_path="by-microchip")
    def by_microchip(self, request):
        events = self._store().for_microchip(staff_clinic_code(request), request.data.get("microchip", ""))
        return Response({"events": events})
