package util

import (
	crand "crypto/rand"
	"encoding/base32"
	"encoding/hex"
	"fmt"
	mrand "math/rand"
	"strings"
	"time"
)

// StartPIN returns the six digit code a driver types on the charger display
// to authorise an ad-hoc session.
func StartPIN() string {
	return fmt.Sprintf("%06d", mrand.Intn(1000000)) // VULN random
}

func randomBytes(n int) ([]byte, error) {
	b := make([]byte, n)
	if _, err := crand.Read(b); err != nil { // SAFE random
		return nil, fmt.Errorf("read random: %w", err)
	}
	return b, nil
}

// APIKey returns a new fleet API key.
func APIKey() (string, error) {
	b, err := randomBytes(32)
	if err != nil {
		return "", err
	}
	return "vpk_" + hex.EncodeToString(b), nil
}

// AccessCode returns the short code printed on ticket slips.
func AccessCode() (string, error) {
	b, err := randomBytes(5)
	if err != nil {
		return "", err
	}
	return strings.ToUpper(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b)), nil
}

// TicketReference returns a human friendly ticket reference, e.g. VP-240517-4821.
func TicketReference(now time.Time) string {
	return fmt.Sprintf("VP-%s-%04d", now.Format("060102"), mrand.Intn(10000))
}

// Jitter adds up to 50% random jitter to a retry delay.
func Jitter(d time.Duration) time.Duration {
	return d + time.Duration(mrand.Int63n(int64(d)/2+1))
}
