package httpapi

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/emberline/dispatch/internal/store"
)

func (s *Server) listCrews(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	crews, err := s.crews.List(r.Context(), q.Get("status"), q.Get("sort"), q.Get("dir"))
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, crews)
}

func (s *Server) issueCheckinCode(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 32)
	if err != nil {
		writeError(w, http.StatusBadRequest, "bad crew id")
		return
	}
	code, expires, err := s.crews.IssueCheckinCode(r.Context(), uint(id))
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"code": code, "expires": expires.Format(time.RFC3339)})
}

func (s *Server) crewRoster(w http.ResponseWriter, r *http.Request) {
	roster, err := s.crews.Roster(r.Context(), r.PathValue("callsign"))
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, roster)
}

func (s *Server) unitTrack(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.ParseInt(r.URL.Query().Get("n"), 10, 64)
	pts, err := s.crews.UnitTrack(r.Context(), r.PathValue("unit"), n)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, pts)
}

func (s *Server) agencyUnits(w http.ResponseWriter, r *http.Request) {
	pts, err := s.crews.UnitsByPrefix(r.Context(), r.PathValue("prefix"))
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, pts)
}

// queryTelemetry accepts {"unit": "E-4512", "since": "...", "limit": 200}.
func (s *Server) queryTelemetry(w http.ResponseWriter, r *http.Request) {
	var f store.TelemetryFilter
	if err := json.NewDecoder(io.LimitReader(r.Body, 64<<10)).Decode(&f); err != nil {
		writeError(w, http.StatusBadRequest, "malformed telemetry query")
		return
	}
	if f.Unit == nil {
		writeError(w, http.StatusBadRequest, "unit is required")
		return
	}
	pts, err := s.crews.QueryTelemetry(r.Context(), f)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, pts)
}
