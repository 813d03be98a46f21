package api

import (
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/service"
	"github.com/skyvane/skyvane/internal/util"
)

const maxFirmwareBatch = 2 << 20

func (s *Server) handleSearchStations(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	page, _ := strconv.Atoi(q.Get("page"))
	perPage, _ := strconv.Atoi(q.Get("per_page"))
	stations, total, err := s.svc.Stations.Search(r.Context(), dto.StationQuery{
		Query:   q.Get("q"),
		Region:  q.Get("region"),
		Status:  q.Get("status"),
		Sort:    q.Get("sort"),
		Dir:     q.Get("dir"),
		Page:    page,
		PerPage: perPage,
	})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	w.Header().Set("X-Total-Count", strconv.FormatInt(total, 10))
	writeJSON(w, http.StatusOK, stations)
}

func (s *Server) handleCreateStation(w http.ResponseWriter, r *http.Request) {
	var req dto.CreateStationRequest
	if err := readJSON(w, r, &req); err != nil {
		s.writeError(w, r, service.ErrInvalid)
		return
	}
	st, err := s.svc.Stations.Create(r.Context(), req, nil)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"station": st, "pairing_code": st.PairingCode})
}

func (s *Server) handleImportMetadata(w http.ResponseWriter, r *http.Request) {
	n, err := s.svc.Stations.ImportMetadata(r.Context(), r.Body)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]int{"created": n})
}

func (s *Server) handleGetStation(w http.ResponseWriter, r *http.Request) {
	st, err := s.svc.Stations.Get(r.Context(), strings.ToUpper(r.PathValue("code")))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) handleLatestObservation(w http.ResponseWriter, r *http.Request) {
	code := strings.ToUpper(r.PathValue("code"))
	if !util.ValidStationCode(code) {
		s.writeError(w, r, service.ErrNotFound)
		return
	}
	obs, ok, err := s.svc.Feeds.LatestNetworkObservation(r.Context(), code)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if !ok {
		s.writeError(w, r, service.ErrNotFound)
		return
	}
	writeJSON(w, http.StatusOK, obs)
}

// handleCrossCheck compares a station with the nearest Metnet reference site.
func (s *Server) handleCrossCheck(w http.ResponseWriter, r *http.Request) {
	obs, err := s.svc.Feeds.CrossCheck(r.Context(), r.PathValue("code"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"reference": obs})
}

// handleStationPage renders the public, shareable station page.
func (s *Server) handleStationPage(w http.ResponseWriter, r *http.Request) {
	code := r.PathValue("code")
	view, err := s.svc.Pages.StationPage(r.Context(), strings.ToUpper(code))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if errors.Is(err, service.ErrNotFound) {
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, "<!DOCTYPE html><title>Not found</title><p>There is no station <b>%s</b>. <a href=\"/\">Back to the map</a></p>", html.EscapeString(code)) // SAFE xss
		return
	}
	if err != nil {
		s.log.Error("station page", "code", code, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	if err := s.svc.Pages.Render(w, "station.html", view); err != nil {
		s.log.Error("render station page", "err", err)
	}
}

func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) {
	st, err := s.svc.Stations.Get(r.Context(), strings.ToUpper(r.PathValue("code")))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	var batch dto.ReadingBatch
	if err := readJSON(w, r, &batch); err != nil {
		s.writeError(w, r, service.ErrInvalid)
		return
	}
	n, err := s.svc.Readings.Ingest(r.Context(), st, batch.Readings)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	raised, err := s.svc.Alerts.Evaluate(r.Context(), st, batch.Readings)
	if err != nil {
		s.log.Warn("threshold evaluation", "station", st.Code, "err", err)
	}
	writeJSON(w, http.StatusAccepted, map[string]int{"stored": n, "alerts": len(raised)})
}

// handleFirmwareBatch accepts the compact binary batches uploaded by Skyvane
// gateways over metered links.
func (s *Server) handleFirmwareBatch(w http.ResponseWriter, r *http.Request) {
	if ct := r.Header.Get("Content-Type"); ct != "application/x-skyvane-batch" {
		http.Error(w, "unsupported media type", http.StatusUnsupportedMediaType)
		return
	}
	st, err := s.svc.Stations.Get(r.Context(), strings.ToUpper(r.PathValue("code")))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxFirmwareBatch))
	if err != nil {
		http.Error(w, "batch too large", http.StatusRequestEntityTooLarge)
		return
	}
	if err := s.svc.Readings.ForwardFirmwareBatch(r.Context(), st, raw); err != nil {
		s.writeError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) handleRadarUpload(w http.ResponseWriter, r *http.Request) {
	st, err := s.svc.Stations.Get(r.Context(), strings.ToUpper(r.PathValue("code")))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if err := r.ParseMultipartForm(32 << 20); err != nil {
		s.writeError(w, r, service.ErrInvalid)
		return
	}
	_, fh, err := r.FormFile("composite")
	if err != nil {
		s.writeError(w, r, service.ErrInvalid)
		return
	}
	jobID, err := s.svc.Radar.SaveUpload(r.Context(), st.Code, fh)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"job": jobID})
}

func (s *Server) handleRadarTile(w http.ResponseWriter, r *http.Request) {
	tile := r.PathValue("tile")
	if !util.ValidRadarTile(tile) {
		http.NotFound(w, r)
		return
	}
	b, err := s.svc.Radar.Tile(tile)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("Cache-Control", "public, max-age=300")
	_, _ = w.Write(b)
}
