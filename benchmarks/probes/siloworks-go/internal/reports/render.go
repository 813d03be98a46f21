// Package reports renders settlement statements and builds the view models
// used by the HTML pages.
package reports

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/siloworks/elevator/internal/models"
)

// KgPerBushel gives the standard bushel weight per commodity.
var KgPerBushel = map[string]float64{
	"corn":     25.401,
	"soybeans": 27.216,
	"wheat":    27.216,
	"barley":   21.772,
	"oats":     14.515,
	"sorghum":  25.401,
}

// Renderer renders statements from files under the template directory.
type Renderer struct {
	dir     string
	funcs   texttemplate.FuncMap
	layouts map[string]string
}

// NewRenderer registers the helper functions available to statement layouts.
func NewRenderer(dir string) *Renderer {
	return &Renderer{
		dir: dir,
		funcs: texttemplate.FuncMap{
			"money": func(v float64) string { return fmt.Sprintf("$%0.2f", v) },
			"bu":    func(v float64) string { return fmt.Sprintf("%0.2f bu", v) },
			"date":  func(t time.Time) string { return t.Format("Jan 2, 2006") },
			"upper": strings.ToUpper,
			"pad":   func(n int, s string) string { return fmt.Sprintf("%-*s", n, s) },
			"env":   os.Getenv,
		},
		layouts: map[string]string{
			"standard": "statements/standard.txt.tmpl",
			"print":    "statements/print.html.tmpl",
			"email":    "statements/email.txt.tmpl",
		},
	}
}

// Render executes a named statement layout.
func (r *Renderer) Render(w io.Writer, layout string, s *models.Settlement) error {
	file, ok := r.layouts[layout]
	if !ok {
		return fmt.Errorf("unknown statement layout %q", layout)
	}
	t, err := texttemplate.New(filepath.Base(file)).Funcs(r.funcs).ParseFiles(filepath.Join(r.dir, file)) // SAFE ssti
	if err != nil {
		return err
	}
	return t.Execute(w, s)
}

// RenderCustom previews a co-op letterhead layout typed into the office UI
// before it is saved as the co-op's default.
func (r *Renderer) RenderCustom(layoutSrc string, s *models.Settlement) (string, error) {
	t, err := texttemplate.New("custom").Funcs(r.funcs).Parse(layoutSrc) // VULN ssti
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, s); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// RenderBytes is a convenience wrapper for handlers.
func (r *Renderer) RenderBytes(layout string, s *models.Settlement) ([]byte, error) {
	var buf bytes.Buffer
	if err := r.Render(&buf, layout, s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
