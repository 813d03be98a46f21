package httpapi

import (
	"io"
	"net/http"
	"strings"
)

func (s *Server) stationWeather(w http.ResponseWriter, r *http.Request) {
	obs, err := s.weather.Station(r.Context(), r.PathValue("provider"), r.PathValue("station"))
	if err != nil {
		writeError(w, http.StatusBadGateway, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, obs)
}

// weatherFeed proxies an NWS product, e.g.
// /api/weather/feed?url=https://api.weather.gov/products/types/FWF
func (s *Server) weatherFeed(w http.ResponseWriter, r *http.Request) {
	body, err := s.weather.Feed(r.Context(), r.URL.Query().Get("url"))
	if err != nil {
		writeError(w, http.StatusBadGateway, err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/geo+json")
	_, _ = w.Write(body)
}

func (s *Server) radar(w http.ResponseWriter, r *http.Request) {
	body, ctype, err := s.weather.Radar(r.Context(), r.PathValue("product"))
	if err != nil {
		writeError(w, http.StatusBadGateway, err.Error())
		return
	}
	w.Header().Set("Content-Type", ctype)
	_, _ = w.Write(body)
}

func (s *Server) ingestCAP(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, 2<<20))
	if err != nil {
		writeError(w, http.StatusBadRequest, "unreadable body")
		return
	}
	alerts, err := s.alerts.Ingest(data)
	if err != nil {
		writeError(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	writeJSON(w, http.StatusAccepted, alerts)
}

// searchAlerts backs the alerts panel; it answers with JSON for the API and
// an HTML fragment when the console asks via htmx.
func (s *Server) searchAlerts(w http.ResponseWriter, r *http.Request) {
	event := strings.TrimSpace(r.URL.Query().Get("event"))
	if event == "" {
		writeError(w, http.StatusBadRequest, "event is required")
		return
	}
	found := s.alerts.ByEvent(event)
	if r.Header.Get("HX-Request") == "true" && len(found) == 0 {
		writeNotice(w, http.StatusOK, "No active alerts for <strong>"+event+"</strong>")
		return
	}
	writeJSON(w, http.StatusOK, found)
}

func (s *Server) alertsByArea(w http.ResponseWriter, r *http.Request) {
	found, err := s.alerts.ByArea(r.URL.Query().Get("area"))
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, found)
}
