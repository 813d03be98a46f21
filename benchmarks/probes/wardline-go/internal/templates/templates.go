package templates

import (
	"html/template"
	"io"
	"time"
)

const clinicFooterHTML = `<p class="footer">Wardline Clinics &middot; <a href="https://wardline.health/privacy">Privacy</a> &middot; Call 111 for urgent advice</p>`

const previewLayout = `<!doctype html>
<html><head><meta charset="utf-8"><title>{{.Subject}}</title></head>
<body>
<article class="message">
  <header><h2>{{.Subject}}</h2><small>{{.When}}</small></header>
  <section class="body">{{.Body}}</section>
  <section class="signature">{{.Signature}}</section>
</article>
{{.Footer}}
</body></html>`

var preview = template.Must(template.New("preview").Parse(previewLayout))

// MessageDraft is what a patient types in the compose box.
type MessageDraft struct {
	Subject   string
	Body      string
	Signature string
}

type previewData struct {
	Subject   string
	When      string
	Body      string
	Signature template.HTML
	Footer    template.HTML
}

// RenderPreview shows a draft exactly as the care team will see it.
func RenderPreview(w io.Writer, d MessageDraft) error {
	data := previewData{
		Subject:   d.Subject,
		When:      time.Now().Format("Mon 2 Jan 15:04"),
		Body:      d.Body,
		Signature: template.HTML(d.Signature),      // VULN xss
		Footer:    template.HTML(clinicFooterHTML), // SAFE xss
	}
	return preview.Execute(w, data)
}
