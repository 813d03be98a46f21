from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from clinic.repositories import reporting_repository
from clinic.views.common import IsClinicStaff


class MonthlyRankingView(APIView):
    permission_classes = [IsClinicStaff]

    def get(self, request):
        metric = request.query_params.get("metric", "visits")
        try:
            limit = max(1, min(int(request.query_params.get("limit", 10)), 50))
        except ValueError:
            limit = 10
        try:
            rows = reporting_repository.monthly_ranking(metric, limit)
        except ValueError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"metric": metric, "rows": rows})

