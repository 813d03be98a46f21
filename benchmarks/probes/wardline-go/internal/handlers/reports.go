package handlers

import (
	"encoding/json"
	"errors"
	"net/http"
	"regexp"
	"time"

	"github.com/wardline/wardline/internal/repository"
	"github.com/wardline/wardline/internal/util"
)

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// VisitReport feeds the practice manager's monthly dashboard.
func (h *Handler) VisitReport(w http.ResponseWriter, r *http.Request) {
	if !requireRole(w, r, "practice_manager", "admin") {
		return
	}
	q := r.URL.Query()
	from, to := q.Get("from"), q.Get("to")
	if !isoDate.MatchString(from) || !isoDate.MatchString(from) {
		util.WriteError(w, http.StatusBadRequest, "dates must be YYYY-MM-DD")
		return
	}
	rows, err := h.Reports.VisitsBetween(r.Context(), from, to)
	if err != nil {
		util.WriteError(w, http.StatusInternalServerError, "report failed")
		return
	}
	util.WriteJSON(w, http.StatusOK, rows)
}

func (h *Handler) DaySheet(w http.ResponseWriter, r *http.Request) {
	if !requireRole(w, r, "clinician") {
		return
	}
	day := time.Now()
	if d := r.URL.Query().Get("day"); d != "" {
		parsed, err := time.Parse("2006-01-02", d)
		if err != nil {
			util.WriteError(w, http.StatusBadRequest, "day must be YYYY-MM-DD")
			return
		}
		day = parsed
	}
	list, err := h.Reports.DaySheet(r.Context(), claimsFrom(r).PatientID, day)
	if err != nil {
		util.WriteError(w, http.StatusInternalServerError, "could not load day sheet")
		return
	}
	util.WriteJSON(w, http.StatusOK, list)
}

func (h *Handler) SetDaySheetOrder(w http.ResponseWriter, r *http.Request) {
	if !requireRole(w, r, "clinician") {
		return
	}
	var body struct {
		Order string `json:"order"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		util.WriteError(w, http.StatusBadRequest, "invalid body")
		return
	}
	err := h.Reports.SetSchedulePref(r.Context(), claimsFrom(r).PatientID, body.Order)
	if errors.Is(err, repository.ErrInvalidSort) {
		util.WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	if err != nil {
		util.WriteError(w, http.StatusInternalServerError, "could not save preference")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
