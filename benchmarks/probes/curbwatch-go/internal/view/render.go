package view

import (
	"bytes"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"path/filepath"
	"time"
)

// Renderer renders the permit portal's HTML pages.
type Renderer struct {
	tpl *template.Template
	log *slog.Logger
}

func Funcs() template.FuncMap {
	return template.FuncMap{
		"money": func(cents int64) string { return fmt.Sprintf("$%d.%02d", cents/100, cents%100) },
		"date":  func(t time.Time) string { return t.Format("Jan 2, 2006") },
		"stamp": func(t time.Time) string { return t.Format("2006-01-02 15:04") },
	}
}

func New(dir string, log *slog.Logger) (*Renderer, error) {
	tpl, err := template.New("portal").Funcs(Funcs()).ParseGlob(filepath.Join(dir, "*.html"))
	if err != nil {
		return nil, fmt.Errorf("parse templates: %w", err)
	}
	return &Renderer{tpl: tpl, log: log}, nil
}

// Templates exposes the parsed set so that services can render report pages.
func (r *Renderer) Templates() *template.Template {
	return r.tpl
}

func (r *Renderer) Render(w http.ResponseWriter, status int, name string, data any) {
	var buf bytes.Buffer
	if err := r.tpl.ExecuteTemplate(&buf, name, data); err != nil {
		r.log.Error("render", "template", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	buf.WriteTo(w)
}
