package httpapi

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/stillriver/stillriver/internal/dto"
	"github.com/stillriver/stillriver/internal/manifest"
	"github.com/stillriver/stillriver/internal/service"
)

func (s *Server) searchBookings(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := dto.BookingSearch{
		Status:  q.Get("status"),
		SortBy:  q.Get("sort"),
		SortDir: q.Get("dir"),
	}
	if v := q.Get("lock"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			writeError(w, http.StatusBadRequest, "lock must be numeric")
			return
		}
		f.LockID = id
	}
	if v := q.Get("from"); v != "" {
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			writeError(w, http.StatusBadRequest, "from must be YYYY-MM-DD")
			return
		}
		f.FromDate = t
	}
	f.Limit, _ = strconv.Atoi(q.Get("limit"))
	f.Offset, _ = strconv.Atoi(q.Get("offset"))
	out, err := s.Bookings.Search(r.Context(), f)
	if err != nil {
		writeServiceError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) createBooking(w http.ResponseWriter, r *http.Request) {
	claims := claimsFrom(r.Context())
	var req dto.CreateBookingRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "invalid JSON")
		return
	}
	b, err := s.Bookings.Create(r.Context(), claims.UserID, req)
	switch {
	case errors.Is(err, service.ErrSlotTaken):
		writeError(w, http.StatusConflict, err.Error())
		return
	case err != nil && b == nil:
		writeServiceError(w, err)
		return
	case err != nil:
		s.Log.Warn("booking created but not queued", "booking", b.ID, "err", err)
	}
	writeJSON(w, http.StatusCreated, dto.BookingResponse{
		ID: b.ID, ConfirmationCode: b.ConfirmationCode, SlotStart: b.SlotStart, SlotEnd: b.SlotEnd, Status: string(b.Status),
	})
}

func (s *Server) lockBookings(w http.ResponseWriter, r *http.Request) {
	lockID, ok := int64Param(r, "lockID")
	if !ok {
		writeError(w, http.StatusBadRequest, "invalid lock id")
		return
	}
	out, err := s.Bookings.ForLock(r.Context(), lockID)
	if err != nil {
		writeServiceError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) manifestByClass(w http.ResponseWriter, r *http.Request) {
	claims := claimsFrom(r.Context())
	id, ok := int64Param(r, "bookingID")
	if !ok {
		writeError(w, http.StatusBadRequest, "invalid booking id")
		return
	}
	b, err := s.Bookings.Get(r.Context(), id, claims.UserID, claims.Role != "mariner")
	if err != nil {
		writeServiceError(w, err)
		return
	}
	items, err := s.Bookings.ManifestByClass(r.Context(), b, r.URL.Query().Get("class"))
	if err != nil {
		writeServiceError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, items)
}

func (s *Server) manifestByUN(w http.ResponseWriter, r *http.Request) {
	claims := claimsFrom(r.Context())
	id, ok := int64Param(r, "bookingID")
	if !ok {
		writeError(w, http.StatusBadRequest, "invalid booking id")
		return
	}
	b, err := s.Bookings.Get(r.Context(), id, claims.UserID, claims.Role != "mariner")
	if err != nil {
		writeServiceError(w, err)
		return
	}
	items, err := s.Bookings.ManifestByUN(r.Context(), b, chi.URLParam(r, "un"))
	if errors.Is(err, manifest.ErrBadUNNumber) {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if err != nil {
		writeServiceError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, items)
}
