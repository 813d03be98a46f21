package api

import (
	"net/http"
	"strconv"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/service"
)

func (s *Server) handleListAlerts(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, _ := strconv.ParseInt(q.Get("limit"), 10, 64)
	filters := map[string]string{}
	for key, vals := range q {
		if key == "limit" || len(vals) == 0 {
			continue
		}
		filters[key] = vals[0]
	}
	alerts, err := s.svc.Alerts.List(r.Context(), dto.AlertListQuery{Filters: filters, Limit: limit})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, alerts)
}

// handleAckAlert is called by station displays (no user session) and by the
// dashboard. Possession of the alert's ack token authorises the call.
func (s *Server) handleAckAlert(w http.ResponseWriter, r *http.Request) {
	var req dto.AckAlertRequest
	if err := readJSON(w, r, &req); err != nil {
		s.writeError(w, r, service.ErrInvalid)
		return
	}
	if err := s.svc.Alerts.Ack(r.Context(), r.PathValue("id"), req); err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "acknowledged"})
}
