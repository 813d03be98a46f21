from django.urls import path

from . import views

urlpatterns = [
    path("board/", views.load_board, name="load-board"),
    path("board/prefs/", views.save_board_prefs, name="load-board-prefs"),
    path("api/loads-search/", views.LoadSearchView.as_view(), name="load-search"),
    path("widget/track/", views.TrackingShareView.as_view(), name="tracking-share"),
    path("api/partner/loads/<str:reference>/checkin/", views.DriverCheckinView.as_view(), name="driver-checkin"),
    path("api/loads/<str:reference>/release/", views.DockReleaseView.as_view(), name="dock-release"),
    path("api/loads/<str:reference>/delays/", views.DelayedEventsView.as_view(), name="load-delays"),
]
