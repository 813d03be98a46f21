package api

import (
	"io"
	"net/http"
	"path"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/service"
	"github.com/skyvane/skyvane/internal/util"
)

func (s *Server) handleCreateExport(w http.ResponseWriter, r *http.Request) {
	var req dto.ExportRequest
	if err := readJSON(w, r, &req); err != nil {
		s.writeError(w, r, service.ErrInvalid)
		return
	}
	name, err := s.svc.Exports.Create(r.Context(), req)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]string{"name": name, "url": "/v1/exports/" + name})
}

func (s *Server) handleDownloadExport(w http.ResponseWriter, r *http.Request) {
	f, err := s.svc.Exports.Open(r.PathValue("name"))
	if err != nil {
		s.writeError(w, r, service.ErrNotFound)
		return
	}
	defer f.Close()
	s.streamExport(w, f, r.PathValue("name"))
}

func (s *Server) handleLegacyExport(w http.ResponseWriter, r *http.Request) {
	file := r.URL.Query().Get("file")
	f, err := s.svc.Exports.OpenLegacy(file)
	if err != nil {
		s.writeError(w, r, service.ErrNotFound)
		return
	}
	defer f.Close()
	s.streamExport(w, f, path.Base(file))
}

func (s *Server) streamExport(w http.ResponseWriter, f io.Reader, name string) {
	w.Header().Set("Content-Type", "application/gzip")
	w.Header().Set("Content-Disposition", `attachment; filename="`+util.SafeFilename(name)+`"`)
	_, _ = io.Copy(w, f)
}
