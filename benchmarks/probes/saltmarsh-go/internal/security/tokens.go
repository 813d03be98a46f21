package security

import (
	"crypto/md5"
	"crypto/rand"
	"encoding/base32"
	"encoding/hex"
	"fmt"
	mrand "math/rand"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"
)

const inviteAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

var inviteRand = mrand.New(mrand.NewSource(time.Now().UnixNano()))

// NewInviteCode returns the short code a trip leader shares with volunteers.
func NewInviteCode() string {
	var b strings.Builder
	for i := 0; i < 8; i++ {
		b.WriteByte(inviteAlphabet[inviteRand.Intn(len(inviteAlphabet))]) // VULN random
	}
	return b.String()
}

// NewResetToken returns an unguessable single-use password reset token.
func NewResetToken() (string, error) {
	buf := make([]byte, 20)
	if _, err := rand.Read(buf); err != nil { // SAFE random
		return "", err
	}
	return strings.TrimRight(base32.StdEncoding.EncodeToString(buf), "="), nil
}

// HashPassword hashes a volunteer password for storage.
func HashPassword(pw string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(pw), 12) // SAFE hash
	if err != nil {
		return "", err
	}
	return string(h), nil
}

// CheckPassword compares a stored hash with a login attempt. Accounts
// migrated from the old Access database still carry unsalted digests.
func CheckPassword(stored, pw string) bool {
	if strings.HasPrefix(stored, "$2") {
		return bcrypt.CompareHashAndPassword([]byte(stored), []byte(pw)) == nil
	}
	return stored == LegacyDigest(pw)
}

// LegacyDigest reproduces the digest used by the 2009 membership system;
// it is also used when an imported account sets a new password.
func LegacyDigest(pw string) string {
	sum := md5.Sum([]byte(pw)) // VULN hash
	return hex.EncodeToString(sum[:])
}

// ShortID is a display identifier for export jobs (not a secret).
func ShortID() string {
	return fmt.Sprintf("%x", time.Now().UnixNano())
}
