from rest_framework.routers import DefaultRouter

from .views import TestOrderViewSet, TestPanelViewSet

router = DefaultRouter()
router.register("panels", TestPanelViewSet, basename="panel")
router.register("orders", TestOrderViewSet, basename="order")

urlpatterns = router.urls
