package workorders

import (
	"bytes"
	"html/template"
	"path/filepath"
	"regexp"
	"strings"
)

// PageRenderer renders the server-side work order pages.
type PageRenderer struct {
	tmpl *template.Template
}

// NewPageRenderer parses the work order templates in dir.
func NewPageRenderer(dir string) (*PageRenderer, error) {
	t, err := template.New("workorders").Funcs(template.FuncMap{
		"priorityLabel": priorityLabel,
	}).ParseFiles(
		filepath.Join(dir, "layout.html"),
		filepath.Join(dir, "workorder_detail.html"),
		filepath.Join(dir, "workorder_list.html"),
	)
	if err != nil {
		return nil, err
	}
	return &PageRenderer{tmpl: t}, nil
}

type detailView struct {
	Order       *WorkOrder
	NotesHTML   template.HTML
	Attachments []Attachment
	Print       bool
}

type listRow struct {
	Order     WorkOrder
	TitleHTML template.HTML
}

type listView struct {
	Depot string
	Term  string
	Rows  []listRow
}

var boldMarkup = regexp.MustCompile(`\*\*(.+?)\*\*`)

// renderNotes turns the fitters' light markup (line breaks, **bold**) into HTML.
func renderNotes(notes string) string {
	out := boldMarkup.ReplaceAllString(notes, "<strong>$1</strong>")
	return strings.ReplaceAll(out, "\n", "<br>")
}

// Detail renders the job card for one work order.
func (p *PageRenderer) Detail(wo *WorkOrder, atts []Attachment, print bool) ([]byte, error) {
	view := detailView{Order: wo, Attachments: atts, Print: print}
	view.NotesHTML = template.HTML(renderNotes(wo.Notes)) // VULN xss
	var buf bytes.Buffer
	if err := p.tmpl.ExecuteTemplate(&buf, "workorder_detail.html", view); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// List renders the depot board with the search term highlighted.
func (p *PageRenderer) List(depot, term string, orders []WorkOrder) ([]byte, error) {
	view := listView{Depot: depot, Term: term}
	for _, wo := range orders {
		row := listRow{Order: wo}
		row.TitleHTML = template.HTML(highlight(template.HTMLEscapeString(wo.Title), template.HTMLEscapeString(term))) // SAFE xss
		view.Rows = append(view.Rows, row)
	}
	var buf bytes.Buffer
	if err := p.tmpl.ExecuteTemplate(&buf, "workorder_list.html", view); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// highlight wraps occurrences of term in <mark>; both inputs are already escaped.
func highlight(escapedTitle, escapedTerm string) string {
	if escapedTerm == "" {
		return escapedTitle
	}
	return strings.ReplaceAll(escapedTitle, escapedTerm, "<mark>"+escapedTerm+"</mark>")
}

func priorityLabel(p int) string {
	switch p {
	case 1:
		return "P1 – withdraw from service"
	case 2:
		return "P2 – next depot visit"
	case 3:
		return "P3 – scheduled"
	default:
		return "P4 – observation"
	}
}
