package render

import (
	"fmt"
	"html"
	"html/template"
	"regexp"
	"strings"
	"time"

	"github.com/chairlift-resort/chairlift/internal/models"
)

var (
	boldPattern   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicPattern = regexp.MustCompile(`_(.+?)_`)
)

// Funcs returns the template helpers used by the public pages.
func Funcs() template.FuncMap {
	return template.FuncMap{
		"chf":            formatCHF,
		"date":           func(t time.Time) string { return t.Format("Mon 2 Jan 2006") },
		"time":           func(t time.Time) string { return t.Format("15:04") },
		"reviewBody":     reviewBody,
		"instructorLink": instructorLink,
		"multiline":      multiline,
		"dangerClass":    dangerClass,
		"dangerLabel":    dangerLabel,
		"stars":          func(n int) string { return strings.Repeat("★", n) + strings.Repeat("☆", 5-n) },
	}
}

func formatCHF(cents int64) string {
	return fmt.Sprintf("CHF %d.%02d", cents/100, cents%100)
}

// reviewBody renders the light markdown guests may use in reviews
// (**bold**, _italic_ and line breaks).
func reviewBody(r models.Review) template.HTML {
	out := boldPattern.ReplaceAllString(r.Comment, "<strong>$1</strong>")
	out = italicPattern.ReplaceAllString(out, "<em>$1</em>")
	out = strings.ReplaceAll(out, "\n", "<br>")
	return template.HTML(out) // VULN xss
}

// instructorLink renders the instructor's name linked to their own website.
func instructorLink(in models.Instructor) template.HTML {
	if in.Website == "" {
		return template.HTML(html.EscapeString(in.DisplayName))
	}
	return template.HTML(`<a href="` + html.EscapeString(in.Website) + `" rel="nofollow noopener">` + html.EscapeString(in.DisplayName) + `</a>`) // VULN xss
}

// multiline escapes text and keeps its line breaks.
func multiline(s string) template.HTML {
	return template.HTML(strings.ReplaceAll(html.EscapeString(s), "\n", "<br>")) // SAFE xss
}

func dangerClass(level int) string {
	switch {
	case level >= 4:
		return "danger-high"
	case level == 3:
		return "danger-considerable"
	case level == 2:
		return "danger-moderate"
	default:
		return "danger-low"
	}
}

func dangerLabel(level int) string {
	labels := []string{"", "Low", "Moderate", "Considerable", "High", "Very high"}
	if level < 1 || level >= len(labels) {
		return "Unknown"
	}
	return labels[level]
}
