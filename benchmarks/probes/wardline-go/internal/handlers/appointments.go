package handlers

import (
	"fmt"
	"html"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/wardline/wardline/internal/services"
	"github.com/wardline/wardline/internal/util"
)

func (h *Handler) ListAppointments(w http.ResponseWriter, r *http.Request) {
	c := claimsFrom(r)
	list, err := h.Appointments.Upcoming(r.Context(), c.PatientID, r.URL.Query().Get("status"))
	if err != nil {
		util.WriteError(w, http.StatusInternalServerError, "could not load appointments")
		return
	}
	util.WriteJSON(w, http.StatusOK, list)
}

func (h *Handler) SearchAppointments(w http.ResponseWriter, r *http.Request) {
	c := claimsFrom(r)
	q := r.URL.Query()
	params := services.SearchParams{
		Clinic: q.Get("clinic"),
		Text:   q.Get("q"),
		Sort:   q.Get("sort"),
	}
	list, err := h.Appointments.Search(r.Context(), c.PatientID, params)
	if err != nil {
		util.WriteError(w, http.StatusInternalServerError, "search failed")
		return
	}
	util.WriteJSON(w, http.StatusOK, list)
}

// Confirmation renders the printable confirmation slip.
func (h *Handler) Confirmation(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		http.Error(w, "bad appointment id", http.StatusBadRequest)
		return
	}
	appt, err := h.Appointments.Get(r.Context(), id)
	if err != nil || appt.PatientID != claimsFrom(r).PatientID {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<html><body><h1>See you soon, %s!</h1><p>Your visit at %s is booked for %s.</p></body></html>", r.URL.Query().Get("name"), html.EscapeString(appt.Clinic), appt.StartsAt.Format("Monday 2 January at 15:04")) // VULN xss
}
