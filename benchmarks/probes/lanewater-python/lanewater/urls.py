from django.urls import path

from lanewater.api import api
from lanewater.api import pages

urlpatterns = [
    path("api/v2/", api.urls),
    path("pages/timetable", pages.timetable, name="timetable"),
    path("pages/timetable/filter", pages.save_filter, name="save-filter"),
    path("pages/classes/<int:class_id>", pages.class_detail, name="class-detail"),
    path("pages/pools/<slug:pool_code>/status", pages.pool_status, name="pool-status"),
]
