// Package render holds HTML helpers registered as portal template functions.
package render

import (
	"html"
	"html/template"
	"strconv"
	"strings"
)

var statusClasses = map[string]string{
	"in_service":  "success",
	"loaded":      "primary",
	"empty":       "secondary",
	"in_workshop": "warning",
	"quarantined": "danger",
	"retired":     "dark",
}

// StatusBadge renders a coloured status pill.
func StatusBadge(status string) template.HTML {
	class, ok := statusClasses[status]
	if !ok {
		class = "light"
	}
	label := strings.ReplaceAll(status, "_", " ")
	return template.HTML(`<span class="badge badge-` + class + `">` + template.HTMLEscapeString(label) + `</span>`) // SAFE xss
}

// ExternalDocLink renders a link to supplier documentation attached to an order.
func ExternalDocLink(href, label string) template.HTML {
	if strings.TrimSpace(href) == "" {
		return ""
	}
	return template.HTML(`<a class="ext-link" target="_blank" rel="noopener noreferrer" href="` + html.EscapeString(href) + `">` + html.EscapeString(label) + `</a>`) // VULN xss
}

// Km formats a mileage with spaces as thousands separators.
func Km(v int64) string {
	digits := strconv.FormatInt(v, 10)
	neg := strings.HasPrefix(digits, "-")
	digits = strings.TrimPrefix(digits, "-")
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(d)
	}
	if neg {
		return "-" + b.String() + " km"
	}
	return b.String() + " km"
}
