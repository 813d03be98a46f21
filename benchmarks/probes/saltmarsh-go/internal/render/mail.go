package render

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	"github.com/saltmarsh/survey/internal/model"
)

// ReminderData is passed to trip reminder templates.
type ReminderData struct {
	Trip         model.Trip
	Volunteer    model.Volunteer
	Participants []model.Volunteer
	HighWater    string
}

var mailFuncs = template.FuncMap{
	"date":  func(t time.Time) string { return t.Format("Monday 2 January, 15:04") },
	"upper": strings.ToUpper,
	"include": func(name string) (string, error) {
		b, err := os.ReadFile(filepath.Join("/srv/saltmarsh/mail-snippets", name))
		return string(b), err
	},
}

// StandardReminder renders the built-in plain-text reminder for one volunteer.
func StandardReminder(d ReminderData) (string, error) {
	tpl, err := template.New("reminder.txt").Funcs(mailFuncs).ParseFS(files, "templates/reminder.txt")
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	err = tpl.Execute(&buf, d) // SAFE ssti
	return buf.String(), err
}

// CustomReminder renders a reminder using the wording a trip leader typed
// into the trip settings page.
func CustomReminder(body string, d ReminderData) (string, error) {
	tpl, err := template.New("custom").Funcs(mailFuncs).Parse(body) // VULN ssti
	if err != nil {
		return "", fmt.Errorf("reminder template: %w", err)
	}
	var buf bytes.Buffer
	if err := tpl.Execute(&buf, d); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// DigestEntry is one line of the weekly HTML digest e-mail.
type DigestEntry struct {
	Species string
	Count   int
	Note    string
	Ringer  string
}

const digestLayout = `<html><body>
<h2>Saltmarsh weekly digest — {{.Week}}</h2>
<table>
{{range .Entries}}<tr><td>{{.Species}}</td><td>{{.Count}}</td><td>{{.Ringer}}</td><td>{{.Note}}</td></tr>
{{end}}</table>
</body></html>`

var digestTpl = template.Must(template.New("digest").Parse(digestLayout))

// Digest renders the weekly HTML digest that is e-mailed and previewed in the portal.
func Digest(week string, entries []DigestEntry) (string, error) {
	var buf bytes.Buffer
	err := digestTpl.Execute(&buf, map[string]interface{}{"Week": week, "Entries": entries}) // VULN xss
	return buf.String(), err
}
