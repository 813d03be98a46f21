package util

import (
	"net/url"
	"regexp"
	"strings"
)

var (
	chargerIDPattern   = regexp.MustCompile(`^[A-Z0-9][A-Z0-9-]{5,31}$`)
	hostnamePattern    = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9.-]*`)
	versionPattern     = regexp.MustCompile(`^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$`)
	countryCodePattern = regexp.MustCompile(`^[A-Z]{2}$`)
	partyIDPattern     = regexp.MustCompile(`^[A-Z0-9]{3}$`)
)

// ValidChargerID checks the identity a charger presents (EVSE serial style).
func ValidChargerID(id string) bool {
	return chargerIDPattern.MatchString(id)
}

// LooksLikeHostname is used by the diagnostics tools for target hosts.
func LooksLikeHostname(h string) bool {
	return len(h) > 0 && len(h) <= 253 && hostnamePattern.MatchString(h)
}

func ValidVersion(v string) bool {
	return versionPattern.MatchString(v)
}

func ValidCountryCode(c string) bool {
	return countryCodePattern.MatchString(c)
}

func ValidPartyID(p string) bool {
	return partyIDPattern.MatchString(p)
}

// IsLocalRedirect reports whether target points back into our own site.
func IsLocalRedirect(target string) bool {
	return target != "" && strings.HasPrefix(target, "/")
}

// AllowedReturnURL checks return URLs handed to us by roaming partners'
// driver apps.
func AllowedReturnURL(target, partnerDomain string) bool {
	u, err := url.Parse(target)
	if err != nil || partnerDomain == "" {
		return false
	}
	return u.Scheme == "https" && strings.Contains(u.Host, partnerDomain)
}

func Clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
