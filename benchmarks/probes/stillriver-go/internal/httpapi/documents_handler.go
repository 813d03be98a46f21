package httpapi

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"path/filepath"

	"github.com/stillriver/stillriver/internal/storage"
)

func (s *Server) downloadDocument(w http.ResponseWriter, r *http.Request) {
	vesselID, ok := int64Param(r, "vesselID")
	if !ok {
		writeError(w, http.StatusBadRequest, "invalid vessel id")
		return
	}
	q := r.URL.Query()
	kind, name := q.Get("kind"), q.Get("name")
	f, err := s.Documents.Open(vesselID, kind, name)
	if errors.Is(err, storage.ErrInvalidName) {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	ctype := mime.TypeByExtension(filepath.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	_, _ = io.Copy(w, f)
}

func (s *Server) uploadDocument(w http.ResponseWriter, r *http.Request) {
	vesselID, ok := int64Param(r, "vesselID")
	if !ok {
		writeError(w, http.StatusBadRequest, "invalid vessel id")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.MaxUploadBytes)
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		writeError(w, http.StatusBadRequest, "invalid upload")
		return
	}
	_, fh, err := r.FormFile("file")
	if err != nil {
		writeError(w, http.StatusBadRequest, "file is required")
		return
	}
	doc, err := s.Documents.Upload(r.Context(), vesselID, r.FormValue("kind"), fh)
	if err != nil && doc == nil {
		writeServiceError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, doc)
}
