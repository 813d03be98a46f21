package fleetsvc

import (
	"encoding/json"
	"io"
	"net/http"
	"time"

	"github.com/roadbook/roadbook/internal/store"
)

var dutyStatuses = map[string]bool{"off_duty": true, "sleeper": true, "driving": true, "on_duty": true}

func (s *Server) driverLogs(w http.ResponseWriter, r *http.Request) {
	driverID, err := pathInt(r, "driverID")
	if who := identity(r); err != nil || (who.Role == "driver" && who.UserID != driverID) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	logs, err := s.Logs.ListForDriver(r.Context(), driverID, r.URL.Query().Get("status"))
	writeJSON(w, http.StatusOK, logs, err)
}

func (s *Server) updateLogStatus(w http.ResponseWriter, r *http.Request) {
	id, err := pathInt(r, "id")
	var body struct {
		Status string `json:"status"`
	}
	if err != nil || json.NewDecoder(r.Body).Decode(&body) != nil || !dutyStatuses[body.Status] {
		http.Error(w, "invalid status update", http.StatusBadRequest)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": body.Status}, s.Logs.SetStatus(r.Context(), id, body.Status))
}

func (s *Server) workOrders(w http.ResponseWriter, r *http.Request) {
	vehicleID, err := pathInt(r, "vehicleID")
	if err != nil {
		http.Error(w, "invalid vehicle id", http.StatusBadRequest)
		return
	}
	orders, err := s.Maintenance.OpenWorkOrders(r.Context(), vehicleID, r.FormValue("category"))
	writeJSON(w, http.StatusOK, orders, err)
}

func (s *Server) searchPositions(w http.ResponseWriter, r *http.Request) {
	var body map[string]interface{}
	if err := json.NewDecoder(io.LimitReader(r.Body, 64<<10)).Decode(&body); err != nil {
		http.Error(w, "invalid body", http.StatusBadRequest)
		return
	}
	q := store.PositionQuery{VehicleID: r.PathValue("vehicleID"), Driver: body["driver"], Since: time.Now().Add(-24 * time.Hour)}
	if m, ok := body["since_minutes"].(float64); ok && m > 0 && m <= 7*24*60 {
		q.Since = time.Now().Add(-time.Duration(m) * time.Minute)
	}
	positions, err := s.Telemetry.Positions(r.Context(), q)
	writeJSON(w, http.StatusOK, positions, err)
}

func (s *Server) speeding(w http.ResponseWriter, r *http.Request) {
	threshold := r.URL.Query().Get("over_kph")
	if threshold == "" {
		threshold = "90"
	}
	events, err := s.Telemetry.SpeedingEvents(r.Context(), r.PathValue("vehicleID"), threshold)
	writeJSON(w, http.StatusOK, events, err)
}

func (s *Server) places(w http.ResponseWriter, r *http.Request) {
	places, err := s.Telemetry.PlacesByPrefix(r.Context(), r.URL.Query().Get("prefix"))
	writeJSON(w, http.StatusOK, places, err)
}
