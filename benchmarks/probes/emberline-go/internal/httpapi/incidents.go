package httpapi

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"path/filepath"
	"strconv"

	"github.com/emberline/dispatch/internal/service"
	"github.com/emberline/dispatch/internal/store"
)

func (s *Server) listIncidents(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if term := q.Get("q"); term != "" {
		res, err := s.incidents.Search(r.Context(), q.Get("region"), term)
		if err != nil {
			fail(w, err)
			return
		}
		writeJSON(w, http.StatusOK, res)
		return
	}
	page, _ := strconv.Atoi(q.Get("page"))
	res, err := s.incidents.List(r.Context(), q.Get("status"), q.Get("sort"), page)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

func (s *Server) createIncident(w http.ResponseWriter, r *http.Request) {
	var in service.NewIncident
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, "malformed incident")
		return
	}
	inc, err := s.incidents.Create(r.Context(), in, operatorFrom(r.Context()).Subject)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, inc)
}

func (s *Server) getIncident(w http.ResponseWriter, r *http.Request) {
	code := r.PathValue("code")
	inc, err := s.incidents.ByCode(r.Context(), code)
	if errors.Is(err, store.ErrNotFound) {
		writeNoticeText(w, http.StatusNotFound, "No incident with code "+code)
		return
	}
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, inc)
}

type statusChange struct {
	Status string `json:"status"`
	Note   string `json:"note"`
}

func (s *Server) updateIncidentStatus(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		writeError(w, http.StatusBadRequest, "bad incident id")
		return
	}
	var body statusChange
	if err := json.NewDecoder(io.LimitReader(r.Body, 64<<10)).Decode(&body); err != nil {
		writeError(w, http.StatusBadRequest, "malformed body")
		return
	}
	actor := operatorFrom(r.Context()).Subject
	// Supervisors at the dispatch floor update incidents on behalf of the
	// IC who called it in over the radio.
	if onBehalf := r.Header.Get("X-Acting-Operator"); onBehalf != "" {
		actor = onBehalf
	}
	if err := s.incidents.ChangeStatus(r.Context(), id, body.Status, body.Note, actor); err != nil {
		fail(w, err)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) buildReport(w http.ResponseWriter, r *http.Request) {
	name, err := s.reports.BuildPDF(r.Context(), r.PathValue("id"))
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]string{"report": name, "href": "/reports/" + name})
}

func (s *Server) getZone(w http.ResponseWriter, r *http.Request) {
	z, err := s.incidents.Zone(r.Context(), r.PathValue("code"))
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, z)
}

func (s *Server) downloadReport(w http.ResponseWriter, r *http.Request) {
	f, err := s.reports.Open(r.PathValue("name"))
	if err != nil {
		writeError(w, http.StatusNotFound, "report not found")
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "application/octet-stream")
	_, _ = io.Copy(w, f)
}

func (s *Server) downloadAttachment(w http.ResponseWriter, r *http.Request) {
	f, err := s.reports.Attachment(r.PathValue("name"))
	if err != nil {
		writeError(w, http.StatusNotFound, "attachment not found")
		return
	}
	defer f.Close()
	_, _ = io.Copy(w, f)
}

// serveExport streams a finished export produced by the worker.
func (s *Server) serveExport(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	if name == "" {
		writeError(w, http.StatusBadRequest, "file is required")
		return
	}
	w.Header().Set("Content-Disposition", "attachment; filename=\""+filepath.Base(name)+"\"")
	http.ServeFile(w, r, filepath.Join(s.reports.ExportDir(), name)) // VULN path
}
