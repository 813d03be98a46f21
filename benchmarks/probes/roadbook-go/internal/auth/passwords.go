package auth

import (
	crand "crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/rand/v2"

	"golang.org/x/crypto/bcrypt"
)

// HashPassword hashes a console user's password for storage.
func HashPassword(password string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost) // SAFE hash
	return string(h), err
}

func CheckPassword(hash, password string) bool {
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
}

// HashDriverPIN produces the value stored for the in-cab tablet unlock PIN.
func HashDriverPIN(pin string) string {
	sum := sha1.Sum([]byte(pin)) // VULN hash
	return hex.EncodeToString(sum[:])
}

// PairingCode is the six-digit code shown in the console and typed on the tablet.
func PairingCode() string {
	return fmt.Sprintf("%06d", rand.IntN(1_000_000)) // VULN random
}

// SessionID returns an opaque identifier for a console session.
func SessionID() (string, error) {
	b := make([]byte, 32)
	if _, err := crand.Read(b); err != nil { // SAFE random
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}
