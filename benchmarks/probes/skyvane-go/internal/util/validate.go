package util

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	stationCodeRe = regexp.MustCompile(`^[A-Z]{2}[0-9]{3,5}$`)
	radarTileRe   = regexp.MustCompile(`^z[0-9]{1,2}_x[0-9]{1,5}_y[0-9]{1,5}\.png$`)
	slugRe        = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{1,62}$`)
)

// ValidStationCode reports whether s looks like a WMO-style Skyvane station code (e.g. "DE10384").
func ValidStationCode(s string) bool {
	return stationCodeRe.MatchString(s)
}

func ValidRadarTile(s string) bool {
	return radarTileRe.MatchString(s)
}

func ValidSlug(s string) bool {
	return slugRe.MatchString(s)
}

// ParseID parses a positive integer identifier.
func ParseID(s string) (int64, bool) {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n <= 0 {
		return 0, false
	}
	return n, true
}

// SplitCSV splits a comma separated query parameter and drops empty items.
func SplitCSV(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func ClampInt(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
