package httpapi

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"

	"github.com/emberline/dispatch/internal/service"
)

const maxUploadBytes = 2 << 30

func (s *Server) serveTile(w http.ResponseWriter, r *http.Request) {
	f, etag, err := s.tiles.OpenTile(r.PathValue("layer"), r.PathValue("path"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	if match := r.Header.Get("If-None-Match"); match != "" && match == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	info, err := f.Stat()
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.ServeContent(w, r, filepath.Base(f.Name()), info.ModTime(), f)
}

func (s *Server) describeLayer(w http.ResponseWriter, r *http.Request) {
	out, err := s.tiles.Describe(r.Context(), r.PathValue("layer"))
	if err != nil {
		fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(out)
}

func (s *Server) uploadBundle(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxUploadBytes)
	n, err := s.tiles.ImportBundle(r.Context(), r.PathValue("layer"), r.Body)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]int{"tiles": n})
}

func (s *Server) uploadStyles(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<20)
	files, err := s.tiles.ImportStyles(r.Context(), r.PathValue("layer"), r.Body)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"files": files})
}

func (s *Server) renderTile(w http.ResponseWriter, r *http.Request) {
	var req service.RenderRequest
	if err := json.NewDecoder(io.LimitReader(r.Body, 16<<10)).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "malformed render request")
		return
	}
	path, err := s.tiles.Render(r.Context(), req)
	if err != nil {
		fail(w, err)
		return
	}
	defer os.Remove(path)
	w.Header().Set("Content-Type", "image/tiff")
	http.ServeFile(w, r, path)
}
