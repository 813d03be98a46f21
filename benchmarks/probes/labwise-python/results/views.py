import logging

from django.contrib.auth.decorators import login_required, permission_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET
from lxml import etree
from rest_framework import status, viewsets
from rest_framework.decorators import action, api_view, parser_classes, permission_classes
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import DjangoModelPermissions, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from core.storage import open_attachment, open_report
from orders.models import TestOrder

from .calculations import FormulaError
from .models import ReferenceDocument, Result
from .serializers import FormulaPreviewSerializer, ResultSerializer, VerifySerializer
from .services import (
    FormulaService,
    QcRuleService,
    ReferenceLookupService,
    ResultImportService,
    ResultVerificationService,
)

logger = logging.getLogger(__name__)


class ResultViewSet(viewsets.ModelViewSet):
    serializer_class = ResultSerializer
    permission_classes = [IsAuthenticated, DjangoModelPermissions]
    queryset = Result.objects.select_related("order", "panel")

    def get_queryset(self):
        qs = super().get_queryset()
        accession = self.request.query_params.get("accession")
        if accession:
            qs = qs.filter(order__accession=accession)
        return qs

    @action(detail=True, methods=["post"])
    def verify(self, request, pk=None):
        result = self.get_object()
        body = VerifySerializer(data=request.data)
        body.is_valid(raise_exception=True)
        try:
            result = ResultVerificationService().verify(
                result, body.validated_data["verifier_uid"], body.validated_data.get("comment")
            )
        except ValueError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response(self.get_serializer(result).data)


class ReferenceBatchUploadView(APIView):
    """The reference lab POSTs its XML batch documents here."""

    permission_classes = [IsAuthenticated]

    def post(self, request):
        if request.content_type not in ("application/xml", "text/xml"):
            return Response({"detail": "XML expected"}, status=status.HTTP_415_UNSUPPORTED_MEDIA_TYPE)
        try:
            document = ResultImportService().import_reference_batch(request.body)
        except etree.XMLSyntaxError as exc:
            return Response({"detail": f"invalid XML: {exc}"}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"batch": document.batch_id, "accessions": document.accessions}, status=status.HTTP_201_CREATED)


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def reference_observations(request, order_id):
    order = get_object_or_404(TestOrder, pk=order_id)
    if hasattr(request.user, "physician") and order.physician_id != request.user.physician.pk:
        raise Http404
    try:
        rows = ReferenceLookupService().observations(order, request.query_params.get("analyte"))
    except ReferenceDocument.DoesNotExist:
        rows = []
    return Response({"accession": order.accession, "observations": rows})


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def formula_preview(request):
    body = FormulaPreviewSerializer(data=request.data)
    body.is_valid(raise_exception=True)
    try:
        value = FormulaService().preview(body.validated_data["formula"], body.validated_data["values"])
    except FormulaError as exc:
        return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
    return Response({"value": value})


@api_view(["PUT"])
@permission_classes([IsAuthenticated])
def qc_rules(request, instrument_id):
    try:
        ruleset = QcRuleService().load_rules(instrument_id, request.body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
    return Response({"instrument_id": ruleset.instrument_id, "rules": ruleset.rules})


@api_view(["POST"])
@permission_classes([IsAuthenticated])
@parser_classes([MultiPartParser])
def instrument_bundle(request, instrument_id):
    upload = request.FILES.get("bundle")
    if upload is None:
        return Response({"detail": "bundle file missing"}, status=status.HTTP_400_BAD_REQUEST)
    if not instrument_id.isalnum():
        return Response({"detail": "bad instrument id"}, status=status.HTTP_400_BAD_REQUEST)
    files = ResultImportService().import_instrument_bundle(upload, instrument_id)
    return Response({"files": len(files)}, status=status.HTTP_201_CREATED)


@login_required
@require_GET
def download_report(request):
    name = request.GET.get("file", "")
    if not name:
        raise Http404
    try:
        handle = open_report(name)
    except (FileNotFoundError, IsADirectoryError):
        raise Http404
    return FileResponse(handle, as_attachment=True, filename=name.rsplit("/", 1)[-1])


@login_required
@permission_required("orders.view_testorder", raise_exception=True)
@require_GET
def download_attachment(request, order_id, name):
    order = get_object_or_404(TestOrder, pk=order_id)
    try:
        handle = open_attachment(order.pk, name)
    except FileNotFoundError:
        raise Http404
    return FileResponse(handle, as_attachment=True, filename=name)


@login_required
def order_summary(request, order_id):
    order = get_object_or_404(TestOrder.objects.select_related("patient"), pk=order_id)
    data = ResultSerializer(order.results.select_related("panel"), many=True).data
    return JsonResponse({"accession": order.accession, "status": order.status, "results": data})
