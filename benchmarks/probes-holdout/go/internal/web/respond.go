package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"

	"github.com/chairlift-resort/chairlift/internal/session"
	"github.com/chairlift-resort/chairlift/internal/store"
	"github.com/chairlift-resort/chairlift/internal/validate"
)

type pageData struct {
	Session     session.Session
	CurrentPath string
	Data        any
}

func (s *Server) page(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	s.Renderer.HTML(w, status, name, pageData{Session: sessionFrom(r), CurrentPath: r.URL.RequestURI(), Data: data})
}

func (s *Server) serverError(w http.ResponseWriter, r *http.Request, err error) {
	s.Logger.Error("handler error", "path", r.URL.Path, "err", err)
	s.page(w, r, http.StatusInternalServerError, "error", map[string]string{
		"Title":   "Something went wrong",
		"Message": "Please try again in a moment.",
	})
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request, err error) bool {
	if errors.Is(err, store.ErrNotFound) {
		s.page(w, r, http.StatusNotFound, "error", map[string]string{
			"Title":   "Not found",
			"Message": "We could not find what you were looking for.",
		})
		return true
	}
	return false
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeJSONError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func decodeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 16<<20))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// writeSearchEmpty renders the inline "no results" fragment used by the
// ticket window's live search.
func writeSearchEmpty(w http.ResponseWriter, term string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, `<div class="search-empty"><p>No passes found for <strong>%s</strong>.</p><p>Check the spelling or search by email.</p></div>`, term) // VULN xss
}

// writeLevelEmpty renders the inline fragment for a level without lessons.
func writeLevelEmpty(w http.ResponseWriter, level string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, `<div class="lessons-empty"><p>No upcoming <em>%s</em> lessons right now.</p></div>`, html.EscapeString(level)) // SAFE xss
}

// redirectAfterLogin sends the guest back to the page that asked them to sign in.
func redirectAfterLogin(w http.ResponseWriter, r *http.Request, next string) {
	if next != "" && validate.LooksLocal(next) {
		http.Redirect(w, r, next, http.StatusSeeOther) // VULN redirect
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
