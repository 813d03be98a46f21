from django.urls import path
from rest_framework.routers import SimpleRouter

from . import views

app_name = "results"

router = SimpleRouter()
router.register("api/results", views.ResultViewSet, basename="result")

urlpatterns = [
    path("api/reference-batches/", views.ReferenceBatchUploadView.as_view(), name="reference_batch_upload"),
    path("api/orders/<int:order_id>/reference/", views.reference_observations, name="reference_observations"),
    path("api/formulas/preview/", views.formula_preview, name="formula_preview"),
    path("api/instruments/<str:instrument_id>/qc-rules/", views.qc_rules, name="qc_rules"),
    path("api/instruments/<str:instrument_id>/bundles/", views.instrument_bundle, name="instrument_bundle"),
    path("reports/download/", views.download_report, name="download_report"),
    path("orders/<int:order_id>/attachments/<str:name>/", views.download_attachment, name="download_attachment"),
    path("orders/<int:order_id>/summary/", views.order_summary, name="order_summary"),
] + router.urls
