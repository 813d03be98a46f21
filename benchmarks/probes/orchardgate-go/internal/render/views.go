package render

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"io"
	"path/filepath"
	"strings"

	"github.com/orchardgate/orchardgate/internal/models"
)

// Views renders the HTML pages served by the gorilla/mux API (receipts and
// public grower profiles).
type Views struct {
	tmpl *template.Template
}

func NewViews(dir string) (*Views, error) {
	t, err := template.New("").Funcs(template.FuncMap{
		"kg":    func(v float64) string { return fmt.Sprintf("%.1f kg", v) },
		"brix":  func(v float64) string { return fmt.Sprintf("%.1f °Bx", v) },
		"upper": strings.ToUpper,
		"divf":  func(c int64) float64 { return float64(c) / 100 },
	}).ParseGlob(filepath.Join(dir, "*.html"))
	if err != nil {
		return nil, err
	}
	return &Views{tmpl: t}, nil
}

// ReceiptView is the data for the intake receipt page.
type ReceiptView struct {
	Delivery   models.Delivery
	GrowerName string
	NotesHTML  template.HTML
	PriceCents int64
}

// ProfileView is the data for the public grower profile page.
type ProfileView struct {
	Grower     models.Grower
	BioHTML    template.HTML
	LinkHTML   template.HTML
	Deliveries int
}

// Receipt renders the receipt for a delivery. Shed staff may use simple
// formatting in notes, which the tablet stores as HTML.
func (v *Views) Receipt(w io.Writer, d models.Delivery, growerName string, price int64) error {
	view := ReceiptView{Delivery: d, GrowerName: growerName, PriceCents: price}
	view.NotesHTML = template.HTML(d.Notes) // VULN xss
	return v.tmpl.ExecuteTemplate(w, "delivery_receipt.html", view)
}

// Profile renders a grower's public profile page.
func (v *Views) Profile(w io.Writer, g models.Grower, deliveries int) error {
	view := ProfileView{Grower: g, Deliveries: deliveries}
	view.BioHTML = template.HTML(strings.ReplaceAll(html.EscapeString(g.Bio), "\n", "<br>"))                                             // SAFE xss
	view.LinkHTML = template.HTML(`<a rel="nofollow" href="` + html.EscapeString(g.Website) + `">` + html.EscapeString(g.Name) + `</a>`) // VULN xss
	return v.tmpl.ExecuteTemplate(w, "grower_profile.html", view)
}

// PickupSheet renders the driver's printable route sheet.
func (v *Views) PickupSheet(route string, pickups []models.Pickup) ([]byte, error) {
	var buf bytes.Buffer
	err := v.tmpl.ExecuteTemplate(&buf, "pickup_sheet.html", map[string]any{"Route": route, "Pickups": pickups})
	return buf.Bytes(), err
}
