package store

import (
	"fmt"
	"strings"
)

// TimeRange is an optional [From, To) window given as ISO-8601 dates.
type TimeRange struct{ From, To string }

// clause renders the window as a SQL condition on col.
func (r TimeRange) clause(col string) string {
	var parts []string
	if r.From != "" {
		parts = append(parts, fmt.Sprintf("%s >= '%s'", col, r.From))
	}
	if r.To != "" {
		parts = append(parts, fmt.Sprintf("%s < '%s'", col, r.To))
	}
	return strings.Join(parts, " AND ")
}
