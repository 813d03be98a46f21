from django.contrib import admin
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from catalog import views as catalog_views
from circulation import views as circulation_views
from patrons import views as patron_views
from reporting import views as reporting_views
from staff import views as staff_views
from transfers import views as transfer_views

router = DefaultRouter()
router.register("branches", catalog_views.BranchViewSet)
router.register("titles", catalog_views.TitleViewSet)
router.register("imports", catalog_views.ImportJobViewSet)
router.register("loans", circulation_views.LoanViewSet, basename="loan")
router.register("holds", circulation_views.HoldViewSet, basename="hold")
router.register("fine-policies", circulation_views.FinePolicyViewSet)

staff_patterns = [
    path("login/", staff_views.StaffLoginView.as_view(), name="login"),
    path("logout/", staff_views.StaffLogoutView.as_view(), name="logout"),
    path("", staff_views.DashboardView.as_view(), name="dashboard"),
    path("patrons/<int:pk>/", staff_views.PatronDetailView.as_view(), name="patron-detail"),
    path("holds/<str:branch_code>/", staff_views.HoldQueueView.as_view(), name="hold-queue"),
    path("labels/spine/", staff_views.PrintSpineLabelView.as_view(), name="print-spine"),
    path("labels/barcode/", staff_views.PrintBarcodeView.as_view(), name="print-barcode"),
    path("directory/", staff_views.StaffDirectorySearchView.as_view(), name="directory"),
]

api_patterns = [
    path("", include(router.urls)),
    path("branches/<str:branch_code>/shelf-list/", catalog_views.ShelfListView.as_view()),
    path("branches/<str:branch_code>/weeding/", catalog_views.WeedingCandidatesView.as_view()),
    path("circulation/overdue-run/", circulation_views.OverdueNoticeRunView.as_view()),
    path("circulation/loans/<int:pk>/assess/", circulation_views.AssessFineView.as_view()),
    path("patrons/register/", patron_views.PatronRegistrationView.as_view()),
    path("patrons/me/", patron_views.PatronProfileView.as_view()),
    path("patrons/pin-reset/", patron_views.PinResetRequestView.as_view()),
    path("patrons/kiosk-pin/", patron_views.KioskPinView.as_view()),
    path("transfers/manifests/", transfer_views.ManifestUploadView.as_view()),
    path("transfers/<str:shipment_id>/items/", transfer_views.ManifestItemLookupView.as_view()),
    path("transfers/<str:shipment_id>/", transfer_views.ShipmentDetailView.as_view()),
    path("reports/activity/", reporting_views.ActivityReportView.as_view()),
    path("reports/circulation/", reporting_views.CirculationSummaryView.as_view()),
    path("reports/exports/<str:filename>", reporting_views.ExportDownloadView.as_view()),
    path("reports/scheduled/<str:filename>", reporting_views.ScheduledExportView.as_view()),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include(api_patterns)),
    path("staff/", include((staff_patterns, "staff"))),
    path("covers/", catalog_views.CoverImageView.as_view(), name="cover-image"),
    path("covers/thumbs/<str:cover_id>.jpg", catalog_views.CoverThumbnailView.as_view()),
]
