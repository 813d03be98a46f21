// Package web renders the server-side HTML pages of the back office.
package web

import (
	"html"
	"html/template"
	"io"
	"strings"
)

type StationView struct {
	Name         string
	City         string
	MaxKW        float64
	Description  template.HTML
	OperatorNote template.HTML
}

const stationLayout = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Name}} · Voltway</title></head>
<body>
  <header><h1>{{.Name}}</h1><span class="city">{{.City}}</span> · up to {{printf "%.0f" .MaxKW}} kW</header>
  <section class="description">{{.Description}}</section>
  <aside class="operator-note">{{.OperatorNote}}</aside>
</body></html>`

var stationTmpl = template.Must(template.New("station").Parse(stationLayout)) // SAFE ssti

// NewStationView prepares the public station page. Descriptions come from the
// back-office rich text editor and keep their formatting.
func NewStationView(name, city string, maxKW float64, description, note string) StationView {
	return StationView{
		Name:         name,
		City:         city,
		MaxKW:        maxKW,
		Description:  template.HTML(description),                                               // VULN xss
		OperatorNote: template.HTML(strings.ReplaceAll(html.EscapeString(note), "\n", "<br>")), // SAFE xss
	}
}

func RenderStation(w io.Writer, v StationView) error {
	return stationTmpl.Execute(w, v)
}
