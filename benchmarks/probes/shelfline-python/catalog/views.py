from django.http import FileResponse, Http404
from django.views import View
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAdminUser, IsAuthenticatedOrReadOnly
from rest_framework.response import Response
from rest_framework.views import APIView

from . import covers, services, tasks
from .models import Branch, ImportJob, Title
from .serializers import BranchSerializer, CopySerializer, ImportJobSerializer, TitleSerializer


class BranchViewSet(viewsets.ModelViewSet):
    queryset = Branch.objects.all()
    serializer_class = BranchSerializer
    permission_classes = [IsAdminUser]
    lookup_field = "code"


class TitleViewSet(viewsets.ModelViewSet):
    queryset = Title.objects.all().order_by("title")
    serializer_class = TitleSerializer
    permission_classes = [IsAuthenticatedOrReadOnly]

    @action(detail=False, methods=["get"])
    def search(self, request):
        term = request.query_params.get("q", "")
        fmt = request.query_params.get("format") or None
        if fmt and fmt not in dict(Title.FORMAT_CHOICES):
            return Response({"detail": "unknown format"}, status=status.HTTP_400_BAD_REQUEST)
        try:
            titles = services.keyword_search(term, fmt=fmt, limit=request.query_params.get("limit", 50))
        except (services.CatalogError, ValueError) as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response(TitleSerializer(titles, many=True).data)

    @action(detail=False, methods=["get"], url_path=r"isbn/(?P<isbn>[0-9Xx-]+)")
    def by_isbn(self, request, isbn=None):
        titles = services.lookup_isbn(isbn)
        return Response(TitleSerializer(titles, many=True).data)


class ShelfListView(APIView):
    """Shelf-reading list: copies expected on shelf for a call-number range."""

    def get(self, request, branch_code):
        prefix = request.query_params.get("prefix", "")
        try:
            copies = services.shelf_list(branch_code, prefix)
        except services.CatalogError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_404_NOT_FOUND)
        return Response(CopySerializer(copies, many=True).data)


class WeedingCandidatesView(APIView):
    permission_classes = [IsAdminUser]

    def get(self, request, branch_code):
        try:
            copies = services.weeding_candidates(branch_code, request.query_params.get("years", "7"))
        except (services.CatalogError, ValueError) as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response(CopySerializer(copies, many=True).data)


class ImportJobViewSet(viewsets.ModelViewSet):
    queryset = ImportJob.objects.all().order_by("-created_at")
    serializer_class = ImportJobSerializer
    permission_classes = [IsAdminUser]

    def perform_create(self, serializer):
        job = serializer.save(uploaded_by=self.request.user)
        tasks.run_import.delay(job.pk, job.archive.path, serializer.validated_data.get("mapping_config", ""))


class CoverImageView(View):
    def get(self, request):
        try:
            fh = covers.open_cover(request.GET.get("file", ""))
        except covers.CoverNotFound:
            raise Http404("cover not found")
        return FileResponse(fh, content_type="image/jpeg")


class CoverThumbnailView(View):
    def get(self, request, cover_id):
        try:
            fh = covers.open_thumbnail(cover_id)
        except covers.CoverNotFound:
            raise Http404("thumbnail not found")
        return FileResponse(fh, content_type="image/jpeg")
