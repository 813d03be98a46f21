package web

import (
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/chairlift-resort/chairlift/internal/files"
)

// handleReceipt serves a PDF receipt generated after payment.
func (s *Server) handleReceipt(w http.ResponseWriter, r *http.Request) {
	if sessionFrom(r).CustomerID == 0 {
		http.Redirect(w, r, "/login?next="+r.URL.Path, http.StatusSeeOther)
		return
	}
	f, err := files.OpenUnder(s.Config.ReceiptDir, r.PathValue("file"))
	if err != nil {
		if errors.Is(err, files.ErrOutsideRoot) || errors.Is(err, os.ErrNotExist) {
			http.NotFound(w, r)
			return
		}
		s.serverError(w, r, err)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "application/pdf")
	w.Header().Set("Content-Disposition", `attachment; filename="receipt.pdf"`)
	_, _ = io.Copy(w, f)
}

// handleTrailMap serves the printable trail maps published by marketing.
func (s *Server) handleTrailMap(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("map")
	if name == "" {
		name = "winter-overview.pdf"
	}
	if strings.Contains(name, "..") || strings.HasPrefix(name, "/") {
		http.Error(w, "invalid map name", http.StatusBadRequest)
		return
	}
	f, err := files.OpenAsset(s.Config.TrailMapDir, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.IsDir() {
		http.NotFound(w, r)
		return
	}
	http.ServeContent(w, r, filepath.Base(info.Name()), info.ModTime(), f)
}
