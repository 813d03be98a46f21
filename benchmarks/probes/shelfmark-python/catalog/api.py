from rest_framework import permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Loan
from .repositories import LoanRepository
from .serializers import BookQuerySerializer, BookSerializer, LoanSerializer, RenewSerializer
from .services.search import CatalogSearchService, SearchRequest

MAX_RENEWALS = 3


class BookSearchAPIView(APIView):
    permission_classes = [permissions.AllowAny]

    def get(self, request):
        params = BookQuerySerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        data = params.validated_data
        filters = {}
        if data.get("branch"):
            filters["branch"] = data["branch"]
        if data.get("published_after"):
            filters["published_after"] = data["published_after"]
        req = SearchRequest(term=data["q"], mode=data["mode"], filters=filters)
        books = CatalogSearchService().run(req)
        return Response(BookSerializer(books, many=True).data)


class BranchStatsAPIView(APIView):
    permission_classes = [permissions.IsAdminUser]

    def get(self, request, branch_id):
        label = request.query_params.get("label", "late")
        loans = LoanRepository().loans_for_branch(branch_id, label)
        late = sum(1 for loan in loans if loan.late == label)
        return Response({"branch": branch_id, "open_loans": len(loans), "late": late})


class LoanViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = LoanSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Loan.objects.filter(patron=self.request.user).select_related("book__branch")

    @action(detail=True, methods=["post"])
    def renew(self, request, pk=None):
        loan = self.get_object()
        if loan.renewals >= MAX_RENEWALS:
            return Response({"detail": "Renewal limit reached."}, status=status.HTTP_409_CONFLICT)
        body = RenewSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        LoanRepository().renew(loan.pk, body.validated_data["days"])
        loan.refresh_from_db()
        return Response(LoanSerializer(loan).data)
