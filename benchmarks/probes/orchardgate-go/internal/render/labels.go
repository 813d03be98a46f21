package render

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"text/template"
	"time"

	"github.com/orchardgate/orchardgate/internal/config"
	"github.com/orchardgate/orchardgate/internal/models"
)

// builtinLayouts maps the layout names offered in the portal to template files.
var builtinLayouts = map[string]string{
	"standard": "bin_label.tmpl",
	"compact":  "bin_label_compact.tmpl",
}

// LabelData is passed to bin label templates.
type LabelData struct {
	Delivery models.Delivery
	Grower   models.Grower
	Printed  time.Time
	Site     *config.Config
}

// LabelRenderer produces ZPL/text bin labels for the shed printers.
type LabelRenderer struct {
	dir  string
	site *config.Config
}

func NewLabelRenderer(dir string, site *config.Config) *LabelRenderer {
	return &LabelRenderer{dir: dir, site: site}
}

// RenderLayout renders one of the built-in layouts by name.
func (l *LabelRenderer) RenderLayout(layout string, d models.Delivery, g models.Grower) ([]byte, error) {
	file, ok := builtinLayouts[layout]
	if !ok {
		return nil, fmt.Errorf("unknown layout %q", layout)
	}
	src, err := os.ReadFile(filepath.Join(l.dir, "labels", file))
	if err != nil {
		return nil, err
	}
	t, err := template.New(file).Parse(string(src)) // SAFE ssti
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, LabelData{Delivery: d, Grower: g, Printed: time.Now(), Site: l.site})
	return buf.Bytes(), err
}

// RenderCustom renders a grower's own label layout saved in their profile.
func (l *LabelRenderer) RenderCustom(layoutSrc string, d models.Delivery, g models.Grower) ([]byte, error) {
	t, err := template.New("custom").Option("missingkey=zero").Parse(layoutSrc) // VULN ssti
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, LabelData{Delivery: d, Grower: g, Printed: time.Now(), Site: l.site})
	return buf.Bytes(), err
}
