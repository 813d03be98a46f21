from django.urls import path

from . import views

app_name = "intake"

urlpatterns = [
    path("samples/", views.sample_search, name="sample_search"),
    path("samples/new/", views.SampleCreateView.as_view(), name="sample_create"),
    path("samples/<int:pk>/", views.SampleDetailView.as_view(), name="sample_detail"),
    path("samples/<int:pk>/label/", views.print_label, name="print_label"),
    path("dashboard/", views.status_dashboard, name="dashboard"),
    path("requisitions/upload/", views.RequisitionUploadView.as_view(), name="requisition_upload"),
    path("kiosk/passcode/", views.kiosk_passcode, name="kiosk_passcode"),
]
