import io
import os
from urllib.parse import urlparse

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from lxml import etree
from rest_framework import status
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from common.validators import DOC_TYPES
from loads.models import Load
from repositories.document_repository import DocumentRepository
from services import edi
from services.pod_storage import PodStorage
from services.tracking_store import TrackingStore


def _bad_request(detail):
    return Response({"detail": detail}, status=status.HTTP_400_BAD_REQUEST)


class PodListView(APIView):
    def get(self, request, reference):
        rows = DocumentRepository().list_for_load(reference, request.query_params.get("type"))
        return Response({"reference": reference, "documents": rows})


class PodUploadView(APIView):
    parser_classes = [MultiPartParser]

    def post(self, request, reference):
        load = get_object_or_404(Load, reference=reference)
        upload = request.FILES.get("file")
        doc_type = request.POST.get("doc_type", "pod")
        if upload is None or doc_type not in DOC_TYPES:
            return _bad_request("a file and a known doc_type are required")
        storage = PodStorage()
        stored = storage.save_document(load.reference, upload)
        if stored.suffix.lower() == ".pdf" and request.POST.get("normalize") == "1":
            storage.normalize_scan(stored, max(72, min(int(request.POST.get("dpi", "150")), 600)))
        checksum = storage.checksum(stored)
        repo = DocumentRepository()
        duplicate = repo.find_by_checksum(load.reference, checksum)
        if duplicate:
            return Response({"duplicate_of": duplicate["id"]}, status=status.HTTP_409_CONFLICT)
        doc_id = repo.record(load.reference, doc_type, stored.name, checksum, request.user.username)
        return Response({"id": doc_id, "filename": stored.name}, status=status.HTTP_201_CREATED)


class PodBundleView(APIView):
    parser_classes = [MultiPartParser]

    def post(self, request, reference):
        load = get_object_or_404(Load, reference=reference)
        bundle = request.FILES.get("bundle")
        if bundle is None or not bundle.name.lower().endswith(".zip"):
            return _bad_request("a .zip bundle is required")
        return Response({"extracted": PodStorage().extract_bundle(load.reference, bundle)}, status=status.HTTP_201_CREATED)


class PodImportView(APIView):
    def post(self, request, reference):
        load = get_object_or_404(Load, reference=reference)
        source = request.data.get("source_url", "")
        parsed = urlparse(source)
        if parsed.scheme not in ("http", "https") or "haulmark" not in parsed.netloc.lower():
            return _bad_request("documents can only be imported from Haulmark storage")
        storage = PodStorage()
        content = storage.fetch_remote(source)
        stored = storage.save_bytes(load.reference, os.path.basename(parsed.path) or "import.pdf", content)
        return Response({"filename": stored.name}, status=status.HTTP_201_CREATED)


@login_required
def download_pod(request, reference):
    filename = request.GET.get("file", "")
    try:
        data = PodStorage().read_document(reference, filename)
    except (FileNotFoundError, IsADirectoryError):
        raise Http404("document not found")
    return FileResponse(io.BytesIO(data), as_attachment=True, filename=os.path.basename(filename))


class EdiInboundView(APIView):
    def post(self, request):
        kind = request.headers.get("X-EDI-Transaction", "214")
        try:
            if kind == "214":
                statuses = edi.parse_214(request.body)
                store = TrackingStore()
                for st in statuses:
                    store.record(st["reference"], {"type": "edi_214", **st})
                return Response({"accepted": len(statuses)})
            if kind == "204":
                return Response({"tender": edi.parse_204(request.body)})
        except etree.XMLSyntaxError:
            ack = edi.build_997(request.headers.get("X-EDI-Control", "0"), accepted=False)
            return HttpResponse(ack, status=422, content_type="application/xml")
        return _bad_request(f"unsupported transaction {kind}")
