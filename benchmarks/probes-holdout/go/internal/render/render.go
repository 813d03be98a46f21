// Package render loads and executes the public site's html/template pages.
package render

import (
	"bytes"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"path/filepath"
)

// Pages rendered by the public site.
var pageNames = []string{
	"passes", "pass_detail", "lessons", "lesson_detail",
	"bulletin", "login", "error",
}

// Renderer holds one parsed template set per page.
type Renderer struct {
	pages map[string]*template.Template
}

// New parses layout.html together with each page template.
func New(dir string) (*Renderer, error) {
	r := &Renderer{pages: make(map[string]*template.Template, len(pageNames))}
	layout := filepath.Join(dir, "public", "layout.html")
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(Funcs()).ParseFiles(layout, filepath.Join(dir, "public", name+".html"))
		if err != nil {
			return nil, fmt.Errorf("render: parse %s: %w", name, err)
		}
		r.pages[name] = t
	}
	return r, nil
}

// HTML renders a page into the response, buffering so a template error does
// not leave a half-written page.
func (r *Renderer) HTML(w http.ResponseWriter, status int, name string, data any) {
	t, ok := r.pages[name]
	if !ok {
		http.Error(w, "page not found", http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout.html", data); err != nil {
		slog.Error("render page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}
