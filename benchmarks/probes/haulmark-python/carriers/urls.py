from django.urls import path

from . import views

urlpatterns = [
    path("carriers/<int:carrier_id>/", views.carrier_profile, name="carrier-profile"),
    path("reports/scorecard/", views.carrier_scorecard, name="carrier-scorecard"),
    path("api/carriers-directory/dispatchers/", views.DispatcherLookupView.as_view(), name="dispatcher-lookup"),
    path("api/carriers-directory/contact/", views.ContactLookupView.as_view(), name="contact-lookup"),
    path("api/compliance/insurance/<str:mc_number>/", views.InsuranceView.as_view(), name="insurance"),
    path("api/compliance/authority/<str:dot_number>/", views.AuthorityView.as_view(), name="authority"),
]
