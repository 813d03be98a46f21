from django.db import transaction
from django.shortcuts import get_object_or_404
from rest_framework import status
from rest_framework.parsers import BaseParser
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from catalog.models import Branch, Copy
from circulation.models import Transfer

from . import manifest


class RawXMLParser(BaseParser):
    media_type = "application/xml"

    def parse(self, stream, media_type=None, parser_context=None):
        return stream.read()


class ManifestUploadView(APIView):
    parser_classes = [RawXMLParser]
    permission_classes = [IsAdminUser]

    def post(self, request):
        try:
            parsed = manifest.ingest(request.data)
        except manifest.ManifestError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        with transaction.atomic():
            transfer, _ = Transfer.objects.update_or_create(
                shipment_id=parsed["shipment_id"],
                defaults={
                    "from_branch": get_object_or_404(Branch, code=parsed["from"]),
                    "to_branch": get_object_or_404(Branch, code=parsed["to"]),
                    "manifest_xml": parsed["normalised_xml"],
                },
            )
            barcodes = [i["barcode"] for i in parsed["items"] if i["barcode"]]
            Copy.objects.filter(barcode__in=barcodes).update(status="transit")
        return Response({"shipment_id": transfer.shipment_id, "items": len(parsed["items"])}, status=status.HTTP_201_CREATED)


class ManifestItemLookupView(APIView):
    """Used by the sorting-room scanner to find the tote for a barcode."""

    def get(self, request, shipment_id):
        transfer = get_object_or_404(Transfer, shipment_id=shipment_id)
        item = manifest.find_item(transfer.manifest_xml, request.query_params.get("barcode", ""))
        if item is None:
            return Response({"detail": "not in this shipment"}, status=status.HTTP_404_NOT_FOUND)
        return Response(item)


class ShipmentDetailView(APIView):
    def get(self, request, shipment_id):
        transfer = get_object_or_404(Transfer, shipment_id=shipment_id)
        return Response({
            "shipment_id": transfer.shipment_id,
            "from": transfer.from_branch.code,
            "to": transfer.to_branch.code,
            "totes": manifest.totes_for_shipment(transfer.manifest_xml, shipment_id),
        })
