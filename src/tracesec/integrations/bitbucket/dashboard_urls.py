"""Dashboard pages of the Bitbucket integration (namespace `bitbucket`), under
`settings/integrations/bitbucket/`."""

from django.urls import path

from tracesec.integrations.bitbucket import views

app_name = "bitbucket"

urlpatterns = [
    path("", views.bitbucket_page, name="page"),
    path("connect/", views.bitbucket_connect, name="connect"),
    path("connections/<int:connection_id>/resync/", views.bitbucket_resync, name="resync"),
    path("connections/<int:connection_id>/", views.bitbucket_connection_card, name="card"),
]
