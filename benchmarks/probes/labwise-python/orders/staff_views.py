from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.db.models import Count, Q
from django.views.generic import DetailView, ListView

from .models import Physician, TestOrder


class PhysicianDirectoryView(LoginRequiredMixin, PermissionRequiredMixin, ListView):
    """Lab-side directory used by client services to call back ordering offices."""

    permission_required = "orders.view_physician"
    template_name = "orders/physician_directory.html"
    context_object_name = "physicians"
    paginate_by = 50

    def get_queryset(self):
        qs = Physician.objects.annotate(
            open_orders=Count("orders", filter=~Q(orders__status__in=[TestOrder.Status.RESULTED, TestOrder.Status.CANCELLED]))
        ).order_by("display_name")
        term = self.request.GET.get("q", "").strip()
        if term:
            qs = qs.filter(Q(display_name__icontains=term) | Q(clinic__icontains=term) | Q(npi__startswith=term))
        return qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["q"] = self.request.GET.get("q", "")
        return context


class PhysicianDetailView(LoginRequiredMixin, PermissionRequiredMixin, DetailView):
    permission_required = "orders.view_physician"
    model = Physician
    slug_field = "npi"
    slug_url_kwarg = "npi"
    template_name = "orders/physician_detail.html"
    context_object_name = "physician"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["recent_orders"] = self.object.orders.select_related("patient").order_by("-created_at")[:20]
        return context
