from django.urls import path

from . import views

urlpatterns = [
    path("api/loads/<str:reference>/documents/", views.PodListView.as_view(), name="pod-list"),
    path("api/loads/<str:reference>/documents/upload/", views.PodUploadView.as_view(), name="pod-upload"),
    path("api/loads/<str:reference>/documents/bundle/", views.PodBundleView.as_view(), name="pod-bundle"),
    path("api/loads/<str:reference>/documents/import/", views.PodImportView.as_view(), name="pod-import"),
    path("loads/<str:reference>/pod/download/", views.download_pod, name="pod-download"),
    path("api/partner/edi/inbound/", views.EdiInboundView.as_view(), name="edi-inbound"),
]
