from django.urls import path

from . import views

urlpatterns = [
    path("api/quotes/", views.QuoteView.as_view(), name="quote-create"),
    path("api/quotes/history/", views.quote_history, name="quote-history"),
    path("api/quotes/fuel-index/", views.fuel_index, name="fuel-index"),
    path("api/quotes/rate-cards/", views.RateCardUploadView.as_view(), name="rate-card-upload"),
    path("api/carriers/<int:carrier_id>/margins/", views.CarrierMarginView.as_view(), name="carrier-margins"),
]
