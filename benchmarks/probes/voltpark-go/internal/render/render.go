package render

import (
	"fmt"
	htmltemplate "html/template"
	"io"
	"path/filepath"
	texttemplate "text/template"
	"time"

	"github.com/voltpark/platform/internal/models"
)

// Renderer holds the parsed page templates (html/template) and the e-mail
// templates (text/template) shared with the worker.
type Renderer struct {
	pages  *htmltemplate.Template
	emails *texttemplate.Template
}

var helpers = map[string]any{
	"date": func(t time.Time) string { return t.Format("02 Jan 2006 15:04") },
	"euros": func(cents int64) string {
		return fmt.Sprintf("%d.%02d", cents/100, cents%100)
	},
	"kwh": func(v float64) string { return fmt.Sprintf("%.2f", v) },
}

func New(dir string) (*Renderer, error) {
	pages, err := htmltemplate.New("pages").Funcs(htmltemplate.FuncMap(helpers)).ParseFiles(
		filepath.Join(dir, "receipt.html"),
		filepath.Join(dir, "fleet_directory.html"),
	)
	if err != nil {
		return nil, fmt.Errorf("parse page templates: %w", err)
	}
	emails, err := texttemplate.New("emails").Funcs(texttemplate.FuncMap(helpers)).ParseFiles(
		filepath.Join(dir, "ticket_digest.html.tmpl"),
	)
	if err != nil {
		return nil, fmt.Errorf("parse e-mail templates: %w", err)
	}
	return &Renderer{pages: pages, emails: emails}, nil
}

type ReceiptView struct {
	Session     *models.ChargingSession
	AccountName string
	Tariff      *models.Tariff
	IssuedAt    time.Time
}

func (r *Renderer) Receipt(w io.Writer, v ReceiptView) error {
	return r.pages.ExecuteTemplate(w, "receipt.html", v)
}

func (r *Renderer) Page(w io.Writer, name string, data any) error {
	return r.pages.ExecuteTemplate(w, name, data)
}

type TicketDigestView struct {
	AccountName string
	Tickets     []models.Ticket
	GeneratedAt time.Time
}

// TicketDigest renders the HTML digest mailed to fleet managers; the
// dashboard reuses it for the preview pane.
func (r *Renderer) TicketDigest(w io.Writer, v TicketDigestView) error {
	return r.emails.ExecuteTemplate(w, "ticket_digest.html.tmpl", v)
}
