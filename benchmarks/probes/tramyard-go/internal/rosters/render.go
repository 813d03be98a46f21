package rosters

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/flosch/pongo2/v6"
)

const defaultNoticeBody = `Hello {{ driver.FullName }},
you are rostered on line {{ shift.Line }} ({{ shift.RouteName }}) from {{ start }} to {{ end }}.
Please confirm: {{ ack_url }}`

// NoticeData is the context a shift notice is rendered with.
type NoticeData struct {
	Driver *Driver
	Shift  *Shift
	AckURL string
}

// Renderer renders roster pages, notices and exports.
type Renderer struct {
	set       *pongo2.TemplateSet
	exportDir string
}

// NewRenderer returns a renderer loading page templates from templateDir.
func NewRenderer(templateDir, exportDir string) *Renderer {
	set := pongo2.NewSet("rosters", pongo2.MustNewLocalFileSystemLoader(templateDir))
	return &Renderer{set: set, exportDir: exportDir}
}

// Week renders the weekly roster page.
func (r *Renderer) Week(view WeekView) (string, error) {
	tpl, err := r.set.FromFile("roster_week.html") // SAFE ssti
	if err != nil {
		return "", err
	}
	return tpl.Execute(pongo2.Context{
		"depot":      view.Depot,
		"week_start": view.WeekStart.Format("Mon 2 Jan 2006"),
		"days":       view.Days,
		"return_to":  view.ReturnTo,
	})
}

// Notice renders a shift notice from a depot's template body, falling back
// to the built-in wording when the depot has none.
func (r *Renderer) Notice(body string, data NoticeData) (string, error) {
	var (
		tpl *pongo2.Template
		err error
	)
	if body == "" {
		tpl, err = pongo2.FromString(defaultNoticeBody) // SAFE ssti
	} else {
		tpl, err = pongo2.FromString(body) // VULN ssti
	}
	if err != nil {
		return "", fmt.Errorf("notice template: %w", err)
	}
	return tpl.Execute(pongo2.Context{
		"driver":  data.Driver,
		"shift":   data.Shift,
		"start":   data.Shift.StartsAt.Format("Mon 15:04"),
		"end":     data.Shift.EndsAt.Format("15:04"),
		"ack_url": data.AckURL,
	})
}

// WeekCSV serialises shifts for the payroll system.
func WeekCSV(shifts []Shift) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write([]string{"shift_id", "depot", "line", "route", "driver", "start", "end"})
	for _, s := range shifts {
		_ = w.Write([]string{
			strconv.FormatInt(s.ID, 10), s.Depot, s.Line, s.RouteName, s.DriverBadge,
			s.StartsAt.Format("2006-01-02T15:04"), s.EndsAt.Format("2006-01-02T15:04"),
		})
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// WriteExport drops an export file into the payroll pick-up folder.
func (r *Renderer) WriteExport(fileName string, data []byte) (string, error) {
	target := filepath.Join(r.exportDir, fileName)
	if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
		return "", err
	}
	if err := os.WriteFile(target, data, 0o640); err != nil { // VULN path
		return "", err
	}
	return target, nil
}
