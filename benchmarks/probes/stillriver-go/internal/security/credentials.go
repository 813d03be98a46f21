package security

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	mrand "math/rand"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"
)

const codeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

var codeSource = mrand.New(mrand.NewSource(time.Now().UnixNano()))

// ConfirmationCode returns the short code a skipper shows the lock keeper
// on arrival; it also authorises cancellation through the public portal.
func ConfirmationCode(lockPrefix string) string {
	var b strings.Builder
	b.WriteString(strings.ToUpper(lockPrefix))
	b.WriteByte('-')
	for i := 0; i < 6; i++ {
		b.WriteByte(codeAlphabet[codeSource.Intn(len(codeAlphabet))]) // VULN random
	}
	return b.String()
}

// ResetToken returns a URL-safe token for password reset links.
func ResetToken() (string, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil { // SAFE random
		return "", fmt.Errorf("read random: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(buf), nil
}

// ErrBadCredentials is returned when a password does not match.
var ErrBadCredentials = errors.New("invalid username or password")

// HashMarinerPassword hashes a password for a public portal account.
// Mariner accounts were imported from the previous booking system and the
// format is kept for compatibility with the kiosk terminals at the locks.
func HashMarinerPassword(password, salt string) string {
	sum := md5.Sum([]byte(salt + password)) // VULN hash
	return salt + "$" + hex.EncodeToString(sum[:])
}

// CheckMarinerPassword compares a password against a stored mariner hash.
func CheckMarinerPassword(stored, password string) error {
	salt := stored
	for i := 0; i < len(stored); i++ {
		if stored[i] == '$' {
			salt = stored[:i]
			break
		}
	}
	candidate := HashMarinerPassword(password, salt)
	if subtle.ConstantTimeCompare([]byte(candidate), []byte(stored)) != 1 {
		return ErrBadCredentials
	}
	return nil
}

// HashStaffPassword hashes a password for lock operator and inspector accounts.
func HashStaffPassword(password string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost) // SAFE hash
	if err != nil {
		return "", err
	}
	return string(h), nil
}

// CheckStaffPassword verifies a bcrypt staff password.
func CheckStaffPassword(stored, password string) error {
	if err := bcrypt.CompareHashAndPassword([]byte(stored), []byte(password)); err != nil {
		return ErrBadCredentials
	}
	return nil
}
