from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from . import services, tasks
from .models import FinePolicy, Hold, Loan
from .serializers import FinePolicySerializer, HoldSerializer, LoanSerializer


class LoanViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = LoanSerializer

    def get_queryset(self):
        return Loan.objects.filter(patron__user=self.request.user).select_related("copy__title")

    @action(detail=True, methods=["post"])
    def renew(self, request, pk=None):
        loan = self.get_object()
        try:
            new_due = services.renew_loan(loan, loan.patron)
        except services.CirculationError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
        return Response({"due_date": new_due.isoformat()})


class HoldViewSet(viewsets.ModelViewSet):
    serializer_class = HoldSerializer

    def get_queryset(self):
        return Hold.objects.filter(patron__user=self.request.user).order_by("-created_at")

    def perform_create(self, serializer):
        serializer.save(patron=self.request.user.patron)


class FinePolicyViewSet(viewsets.ModelViewSet):
    """Branch managers maintain their own fine schedule."""

    queryset = FinePolicy.objects.all().order_by("branch__code", "name")
    serializer_class = FinePolicySerializer
    permission_classes = [IsAdminUser]


class OverdueNoticeRunView(APIView):
    permission_classes = [IsAdminUser]

    def post(self, request):
        branch_code = request.data.get("branch")
        days = request.data.get("min_days_overdue", 1)
        if not branch_code:
            return Response({"detail": "branch is required"}, status=status.HTTP_400_BAD_REQUEST)
        result = tasks.build_overdue_notices.delay(branch_code, days)
        return Response({"task_id": result.id}, status=status.HTTP_202_ACCEPTED)


class AssessFineView(APIView):
    permission_classes = [IsAdminUser]

    def post(self, request, pk):
        fine = services.assess_fine(pk)
        if fine is None:
            return Response({"amount": "0.00"})
        return Response({"fine_id": fine.pk, "amount": str(fine.amount)}, status=status.HTTP_201_CREATED)
