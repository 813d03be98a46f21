package worker

import (
	"context"
	"fmt"
	"html/template"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/chairlift-resort/chairlift/internal/models"
	"github.com/chairlift-resort/chairlift/internal/queue"
)

var maintenanceReportTmpl = template.Must(template.New("maint").Parse(`<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{{.Title}}</title>
<style>body{font-family:sans-serif;font-size:11pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:4px}</style>
</head><body>
<h1>{{.Title}}</h1>
<p>{{.Lift.Name}} ({{.Lift.Kind}}) — {{.From}} to {{.To}} — requested by {{.RequestedBy}}</p>
<table><tr><th>Date</th><th>Inspector</th><th>Category</th><th>Severity</th><th>Notes</th></tr>
{{range .Entries}}<tr><td>{{.LoggedAt.Format "2006-01-02 15:04"}}</td><td>{{.Inspector}}</td><td>{{.Category}}</td><td>{{.Severity}}</td><td>{{.Notes}}</td></tr>
{{end}}</table></body></html>`))

func writeHTML(t *template.Template, data any) (string, error) {
	f, err := os.CreateTemp("", "chairlift-report-*.html")
	if err != nil {
		return "", err
	}
	defer f.Close()
	if err := t.Execute(f, data); err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// maintenanceReport renders the maintenance book of a lift to PDF.
func (w *Worker) maintenanceReport(ctx context.Context, job queue.MaintenanceReportJob) error {
	lift, err := w.stores.Lifts.Get(ctx, job.LiftID)
	if err != nil {
		return err
	}
	from, to := job.From, job.To
	if from == "" {
		from = time.Now().AddDate(0, -1, 0).Format("2006-01-02")
	}
	if to == "" {
		to = time.Now().Format("2006-01-02")
	}
	entries, err := w.stores.Maintenance.Range(ctx, job.LiftID, from, to)
	if err != nil {
		return err
	}
	htmlPath, err := writeHTML(maintenanceReportTmpl, struct {
		Title, From, To, RequestedBy string
		Lift                         models.Lift
		Entries                      []models.MaintenanceLog
	}{job.Title, from, to, job.RequestedBy, lift, entries})
	if err != nil {
		return err
	}
	defer os.Remove(htmlPath)

	out := filepath.Join(w.cfg.ReportDir, fmt.Sprintf("maint-%d-%s.pdf", job.LiftID, time.Now().Format("20060102")))
	cmdline := fmt.Sprintf("wkhtmltopdf --quiet --title '%s' --footer-center 'Page [page] of [topage]' %s %s", job.Title, htmlPath, out)
	if output, err := exec.CommandContext(ctx, "sh", "-c", cmdline).CombinedOutput(); err != nil { // VULN cmdi
		return fmt.Errorf("wkhtmltopdf: %w: %s", err, output)
	}
	return nil
}
