package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/service"
	"github.com/skyvane/skyvane/internal/util"
)

func parseTimeParam(v string, def time.Time) (time.Time, error) {
	if v == "" {
		return def, nil
	}
	return time.Parse(time.RFC3339, v)
}

func (s *Server) handleReadingRange(w http.ResponseWriter, r *http.Request) {
	id, ok := util.ParseID(r.PathValue("id"))
	if !ok {
		s.writeError(w, r, service.ErrNotFound)
		return
	}
	now := time.Now().UTC()
	from, err1 := parseTimeParam(r.URL.Query().Get("from"), now.Add(-24*time.Hour))
	to, err2 := parseTimeParam(r.URL.Query().Get("to"), now)
	if err1 != nil || err2 != nil {
		s.writeError(w, r, service.ErrInvalid)
		return
	}
	rows, err := s.svc.Readings.Range(r.Context(), id, from, to)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rows)
}

func (s *Server) handleAggregate(w http.ResponseWriter, r *http.Request) {
	id, ok := util.ParseID(r.PathValue("id"))
	if !ok {
		s.writeError(w, r, service.ErrNotFound)
		return
	}
	q := r.URL.Query()
	from, err1 := parseTimeParam(q.Get("from"), time.Time{})
	to, err2 := parseTimeParam(q.Get("to"), time.Time{})
	if err1 != nil || err2 != nil {
		s.writeError(w, r, service.ErrInvalid)
		return
	}
	interval := q.Get("interval")
	if interval == "" {
		interval = "hour"
	}
	resp, err := s.svc.Readings.Aggregate(r.Context(), dto.AggregateRequest{
		StationID: id,
		Interval:  interval,
		From:      from,
		To:        to,
	})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) handleTopStations(w http.ResponseWriter, r *http.Request) {
	hours, _ := strconv.Atoi(r.URL.Query().Get("hours"))
	if hours <= 0 || hours > 24*31 {
		hours = 24
	}
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	rows, err := s.svc.Readings.TopStations(r.Context(), r.PathValue("metric"), time.Duration(hours)*time.Hour, limit)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rows)
}
