package httpapi

import (
	"net/http"
	"strconv"

	"github.com/kitchenly/kitchenly-api/internal/domain"
)

func (s *Server) listBookings(w http.ResponseWriter, r *http.Request) {
	kitchenID, ok := pathID(w, r, "kitchenID")
	if !ok {
		return
	}
	q := r.URL.Query()
	filter := domain.BookingFilter{KitchenID: kitchenID, Status: q.Get("status")}
	filter.Limit, _ = strconv.Atoi(q.Get("limit"))
	bookings, err := s.svc.Bookings.List(r.Context(), filter)
	reply(w, http.StatusOK, bookings, err)
}

func (s *Server) getBooking(w http.ResponseWriter, r *http.Request) {
	if id, ok := pathID(w, r, "id"); ok {
		b, err := s.svc.Bookings.Get(r.Context(), id)
		reply(w, http.StatusOK, b, err)
	}
}
