from django.urls import path

from . import views

app_name = "billing"

urlpatterns = [
    path("api/claims/summary/", views.ClaimsSummaryView.as_view(), name="claims_summary"),
    path("api/revenue/", views.RevenueView.as_view(), name="revenue"),
    path("api/payers/<str:payer_code>/denials/", views.DenialsView.as_view(), name="denials"),
    path("api/payers/<str:payer_code>/export-preview/", views.ExportPreviewView.as_view(), name="export_preview"),
    path("api/exports/", views.ExportCreateView.as_view(), name="export_create"),
    path("api/exports/download/", views.ExportDownloadView.as_view(), name="export_download"),
    path("api/remittances/", views.RemittanceUploadView.as_view(), name="remittance_upload"),
]
