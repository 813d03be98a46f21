package repository

import "strings"

var citationSortColumns = map[string]string{
	"issued": "c.issued_at",
	"due":    "c.due_at",
	"amount": "c.amount_cents",
	"plate":  "c.plate",
	"status": "c.status",
}

var appealSortColumns = map[string]string{
	"submitted": "a.submitted_at",
	"citation":  "c.number",
	"name":      "a.appellant_name",
}

// resolveCitationSort maps the public sort keys used by the payment site and
// the handheld app onto citation columns.
func resolveCitationSort(key string) string {
	key = strings.TrimSpace(key)
	if key == "" {
		return "c.issued_at"
	}
	if col, ok := citationSortColumns[strings.ToLower(key)]; ok {
		return col
	}
	return key
}

// appealOrderClause builds the ORDER BY expression for the appeals queue.
func appealOrderClause(key, dir string) string {
	col, ok := appealSortColumns[key]
	if !ok {
		col = "a.submitted_at"
	}
	return col + " " + direction(dir)
}

func direction(d string) string {
	if strings.EqualFold(d, "asc") {
		return "ASC"
	}
	return "DESC"
}

func clampLimit(limit int) int {
	switch {
	case limit <= 0:
		return 25
	case limit > 200:
		return 200
	default:
		return limit
	}
}
