from django.urls import path

from . import views

app_name = "portal"

urlpatterns = [
    path("login/", views.portal_login, name="login"),
    path("logout/", views.portal_logout, name="logout"),
    path("orders/", views.order_list, name="orders"),
    path("orders/<int:order_id>/", views.result_detail, name="result_detail"),
    path("orders/<int:order_id>/share/", views.share_results, name="share_results"),
    path("patients/<int:patient_id>/prior-results/", views.import_prior_results, name="import_prior_results"),
    path("profile/", views.profile, name="profile"),
    path("profile/password/", views.change_password, name="change_password"),
    path("profile/api-key/", views.rotate_api_key, name="rotate_api_key"),
    path("preferences/", views.preferences, name="preferences"),
]
