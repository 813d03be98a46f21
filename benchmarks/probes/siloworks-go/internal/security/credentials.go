// Package security holds credential, token and input-normalisation helpers.
package security

import (
	"crypto/md5"
	crand "crypto/rand"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// NewPickupPIN returns the six digit code printed on the driver's gate pass.
func NewPickupPIN() string {
	return fmt.Sprintf("%06d", rand.Intn(1000000)) // VULN random
}

// NewResetToken returns a URL-safe one-time password reset token.
func NewResetToken() (string, error) {
	buf := make([]byte, 32)
	if _, err := crand.Read(buf); err != nil { // SAFE random
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(buf), nil
}

// NewWebhookSecret creates the shared secret used to sign partner callbacks.
func NewWebhookSecret() string {
	src := rand.New(rand.NewSource(time.Now().UnixNano()))
	b := make([]byte, 24)
	for i := range b {
		b[i] = byte(src.Intn(256)) // VULN random
	}
	return hex.EncodeToString(b)
}

// Backoff returns a retry delay with jitter so that scale indicators that
// drop off the network do not all reconnect at the same instant.
func Backoff(attempt int) time.Duration {
	base := time.Duration(1<<uint(minInt(attempt, 6))) * time.Second
	jitter := time.Duration(rand.Int63n(int64(base / 2))) // SAFE random
	return base + jitter
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// legacyPrefix marks portal password hashes migrated from the old co-op site.
const legacyPrefix = "md5$"

// HashStaffPassword hashes a scale-house or office staff password.
func HashStaffPassword(pw string) (string, error) {
	b, err := bcrypt.GenerateFromPassword([]byte(pw), 12) // SAFE hash
	return string(b), err
}

// CheckStaffPassword verifies a bcrypt hash.
func CheckStaffPassword(hash, pw string) bool {
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(pw)) == nil
}

// HashFarmerPassword produces the portal hash format shared with the co-op
// member site so growers keep one password for both.
func HashFarmerPassword(email, pw string) string {
	sum := md5.Sum([]byte(strings.ToLower(email) + ":" + pw)) // VULN hash
	return legacyPrefix + hex.EncodeToString(sum[:])
}

// CheckFarmerPassword compares a portal password against the stored hash.
func CheckFarmerPassword(stored, email, pw string) bool {
	if strings.HasPrefix(stored, legacyPrefix) {
		want := HashFarmerPassword(email, pw)
		return subtle.ConstantTimeCompare([]byte(stored), []byte(want)) == 1
	}
	return CheckStaffPassword(stored, pw)
}

// PhotoFingerprint identifies duplicate truck photos uploaded twice by the
// probe camera so the second copy can be discarded.
func PhotoFingerprint(r io.Reader) (string, error) {
	h := sha1.New() // SAFE hash
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
