package validate

import (
	"errors"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

var ErrInvalid = errors.New("invalid value")

var (
	platePattern       = regexp.MustCompile(`^[A-Z0-9]{1,8}$`)
	statePattern       = regexp.MustCompile(`^[A-Z]{2}$`)
	reportTitlePattern = regexp.MustCompile(`[A-Za-z0-9 _-]+`)
	printerPattern     = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`)
	badgePattern       = regexp.MustCompile(`^[0-9]{4,6}$`)
)

// Plate normalises a licence plate to upper case without spaces or dashes.
func Plate(raw string) (string, error) {
	p := strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(raw))
	if !platePattern.MatchString(p) {
		return "", ErrInvalid
	}
	return p, nil
}

func PlateState(raw string) (string, error) {
	s := strings.ToUpper(strings.TrimSpace(raw))
	if !statePattern.MatchString(s) {
		return "", ErrInvalid
	}
	return s, nil
}

// ReportTitle checks the title a supervisor gives to an exported report.
func ReportTitle(title string) error {
	if len(title) > 80 || !reportTitlePattern.MatchString(title) {
		return ErrInvalid
	}
	return nil
}

// PrinterName checks the CUPS queue name of a notice print station.
func PrinterName(name string) error {
	if !printerPattern.MatchString(name) {
		return ErrInvalid
	}
	return nil
}

func Badge(raw string) (string, error) {
	b := strings.TrimSpace(raw)
	if !badgePattern.MatchString(b) {
		return "", ErrInvalid
	}
	return b, nil
}

// PositiveID converts a path or query parameter to a database id.
func PositiveID(raw string) (int64, error) {
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || id <= 0 {
		return 0, ErrInvalid
	}
	return id, nil
}

// IsRelativePath reports whether a post-login destination stays on this site.
func IsRelativePath(dest string) bool {
	return strings.HasPrefix(dest, "/")
}

// LocalRedirect returns dest if it is a same-origin path, otherwise fallback.
func LocalRedirect(dest, fallback string) string {
	if dest == "" || strings.ContainsAny(dest, "\\\r\n") || strings.HasPrefix(dest, "//") {
		return fallback
	}
	u, err := url.Parse(dest)
	if err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(u.Path, "/") {
		return fallback
	}
	return u.RequestURI()
}

// HasPrefixURL is used for vendor URLs that must live under a configured prefix.
func HasPrefixURL(raw, prefix string) error {
	if !strings.HasPrefix(raw, prefix) {
		return ErrInvalid
	}
	return nil
}

// HTTPSHostIn parses raw and requires https and an exact host match.
func HTTPSHostIn(raw string, hosts []string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || u.User != nil {
		return nil, ErrInvalid
	}
	host := strings.ToLower(u.Hostname())
	for _, h := range hosts {
		if host == strings.ToLower(h) {
			return u, nil
		}
	}
	return nil, ErrInvalid
}
