package render

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"time"

	"github.com/saltmarsh/survey/internal/model"
)

//go:embed templates/*.html templates/*.txt
var files embed.FS

// Pages renders the small server-side pages shared on social media and
// printed for the hide notice board.
type Pages struct {
	set *template.Template
}

func MustLoadPages() *Pages {
	funcs := template.FuncMap{
		"date": func(t time.Time) string { return t.Format("Mon 2 Jan 2006 15:04") },
		"kg":   func(g float64) string { return fmt.Sprintf("%.1f g", g) },
	}
	set := template.Must(template.New("pages").Funcs(funcs).ParseFS(files, "templates/*.html"))
	return &Pages{set: set}
}

// TripView is the data for trip.html.
type TripView struct {
	Title       string
	Site        string
	StartsAt    time.Time
	PlacesLeft  int
	LeaderNote  template.HTML
	TideSummary string
	JoinURL     string
}

// TripPage renders the public page for a trip. Leaders format their notes
// with basic markup (bold, lists) in the trip editor.
func (p *Pages) TripPage(t *model.Trip, placesLeft int, tide string) ([]byte, error) {
	view := TripView{
		Title:       t.Title,
		Site:        t.SiteCode,
		StartsAt:    t.StartsAt,
		PlacesLeft:  placesLeft,
		LeaderNote:  template.HTML(t.LeaderNote), // VULN xss
		TideSummary: tide,
		JoinURL:     fmt.Sprintf("/trips/%d/join", t.ID),
	}
	var buf bytes.Buffer
	err := p.set.ExecuteTemplate(&buf, "trip.html", view)
	return buf.Bytes(), err
}

// RingCard renders the printable card for one capture.
func (p *Pages) RingCard(r *model.Ring, history []model.Ring) ([]byte, error) {
	var buf bytes.Buffer
	err := p.set.ExecuteTemplate(&buf, "ring_card.html", map[string]interface{}{"Ring": r, "History": history, "Notes": r.Notes}) // SAFE xss
	return buf.Bytes(), err
}
