from django.urls import include, path
from rest_framework.routers import DefaultRouter

from clinic.views import appointments, documents, history, labs, owners, patients, prescriptions, reports, staff

router = DefaultRouter()
router.register("patients", patients.PatientViewSet, basename="patient")
router.register("owners", owners.OwnerViewSet, basename="owner")
router.register("appointments", appointments.AppointmentViewSet, basename="appointment")
router.register("prescriptions", prescriptions.PrescriptionViewSet, basename="prescription")
router.register("lab-results", labs.LabResultViewSet, basename="lab-result")
router.register("history", history.HistoryViewSet, basename="history")

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/appointments/by-code/<str:code>/", appointments.AppointmentByCodeView.as_view()),
    path("api/patients/<int:patient_id>/labs/upload/", labs.LabUploadView.as_view()),
    path("api/patients/<int:patient_id>/attachments/", documents.AttachmentDownloadView.as_view()),
    path("api/patients/<int:patient_id>/xrays/", documents.XrayUploadView.as_view()),
    path("api/lab-reports/<path:filename>", documents.LabReportDownloadView.as_view()),
    path("api/imports/<str:kind>/", documents.ArchiveImportView.as_view()),
    path("api/dose/", prescriptions.DoseCalculatorView.as_view()),
    path("api/protocols/", prescriptions.ProtocolUploadView.as_view()),
    path("api/prescription-drafts/", prescriptions.PrescriptionDraftView.as_view()),
    path("api/staff/directory/", staff.StaffDirectoryView.as_view()),
    path("api/staff/preferences/", staff.StaffPreferenceView.as_view()),
    path("api/staff/kiosks/", staff.KioskAccountView.as_view()),
    path("api/reports/ranking/", reports.MonthlyRankingView.as_view()),
    path("webhooks/lab-partner/", labs.PartnerWebhookView.as_view()),
    path("patients/<int:pk>/card/", patients.patient_card, name="patient-card"),
    path("portal/login/", owners.portal_login, name="portal-login"),
    path("portal/logout/", owners.portal_logout, name="portal-logout"),
]
