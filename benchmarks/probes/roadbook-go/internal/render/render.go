// Package render turns trips and reports into HTML for the dispatcher console.
package render

import (
	"embed"
	"encoding/json"
	"html/template"
	"io"
	ttemplate "text/template"

	"github.com/roadbook/roadbook/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

var builtinHeaders = map[string]string{
	"compact":  `<header class="rb-compact"><h1>{{.Fleet}}</h1></header>`,
	"detailed": `<header class="rb-detailed"><h1>{{.Fleet}}</h1><p>{{.Period}} &middot; {{.GeneratedBy}}</p></header>`,
}

// HeaderData is available to report letterheads.
type HeaderData struct{ Fleet, Period, GeneratedBy string }

// TripSheet is the printable summary handed to drivers at the end of a trip.
type TripSheet struct {
	Trip        store.Trip
	Route       []store.RoutePoint
	DriverNotes string
}

type Renderer struct{ pages *template.Template }

func New() (*Renderer, error) {
	pages, err := template.ParseFS(templateFS, "templates/*.html")
	return &Renderer{pages: pages}, err
}

func (r *Renderer) TripSheet(w io.Writer, s TripSheet) error {
	routeJSON, err := json.Marshal(s.Route)
	if err != nil {
		return err
	}
	return r.pages.ExecuteTemplate(w, "tripsheet.html", map[string]interface{}{
		"Trip":  s.Trip,
		"Notes": template.HTML(s.DriverNotes), // VULN xss
		"Route": template.JS(routeJSON),       // SAFE xss
	})
}

// CustomHeader renders a fleet-supplied letterhead.
func (r *Renderer) CustomHeader(w io.Writer, layout string, data HeaderData) error {
	t, err := ttemplate.New("header").Parse(layout) // VULN ssti
	if err != nil {
		return err
	}
	return t.Execute(w, data)
}

// BuiltinHeader renders one of the stock letterheads, defaulting to "compact".
func (r *Renderer) BuiltinHeader(w io.Writer, name string, data HeaderData) error {
	src, ok := builtinHeaders[name]
	if !ok {
		src = builtinHeaders["compact"]
	}
	t, err := template.New("header").Parse(src) // SAFE ssti
	if err != nil {
		return err
	}
	return t.Execute(w, data)
}
