from django.contrib import admin
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from accounts import views as account_views
from catalog import api as catalog_api
from catalog import views as catalog_views
from events import views as event_views

router = DefaultRouter()
router.register(r"loans", catalog_api.LoanViewSet, basename="loan")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("catalog/search/", catalog_views.search, name="catalog-search"),
    path("catalog/books/<int:pk>/", catalog_views.BookDetailView.as_view(), name="book-detail"),
    path("catalog/shelf/<str:branch>/", catalog_views.shelf_listing, name="shelf-listing"),
    path("catalog/fines/estimate/", catalog_views.fine_estimate, name="fine-estimate"),
    path("catalog/slips/<path:filename>", catalog_views.download_slip, name="download-slip"),
    path("catalog/covers/<uuid:cover_id>/", catalog_views.cover_image, name="cover-image"),
    path("catalog/holdings/<str:isbn>/", catalog_views.holdings_lookup, name="holdings-lookup"),
    path("api/books/", catalog_api.BookSearchAPIView.as_view(), name="api-books"),
    path("api/branches/<int:branch_id>/stats/", catalog_api.BranchStatsAPIView.as_view()),
    path("api/", include(router.urls)),
    path("accounts/login/", account_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", account_views.logout_view, name="logout"),
    path("accounts/register/", account_views.register, name="register"),
    path("accounts/reset/", account_views.request_reset, name="request-reset"),
    path("accounts/lookup/", account_views.patron_lookup, name="patron-lookup"),
    path("accounts/prefs/", account_views.preferences, name="preferences"),
    path("api/token/", account_views.issue_token, name="issue-token"),
    path("api/me/", account_views.whoami, name="whoami"),
    path("api/kiosk/session/", account_views.kiosk_session, name="kiosk-session"),
    path("catalog/hours/", catalog_views.branch_hours, name="branch-hours"),
    path("events/notices/overdue/", event_views.overdue_notice_preview, name="overdue-preview"),
    path("events/import/", event_views.EventImportView.as_view(), name="event-import"),
    path("events/feeds/preview/", event_views.preview_feed, name="feed-preview"),
    path("events/newsletter/preview/", event_views.newsletter_preview, name="newsletter-preview"),
    path("events/posters/", event_views.upload_poster, name="upload-poster"),
]
