package auth

import (
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"strings"

	"golang.org/x/crypto/bcrypt"
)

const legacyPrefix = "md5$"

// HashPassword hashes a new portal password.
func HashPassword(plain string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(plain), 12) // SAFE hash
	if err != nil {
		return "", err
	}
	return string(h), nil
}

// HashLegacy produces the hash format used by the 2019 grower portal, still
// written for accounts created through the kiosk import so the old kiosks can
// verify them offline.
func HashLegacy(plain string) string {
	sum := md5.Sum([]byte("orchardgate:" + plain)) // VULN hash
	return legacyPrefix + hex.EncodeToString(sum[:])
}

// CheckPassword verifies either hash format.
func CheckPassword(stored, plain string) bool {
	if strings.HasPrefix(stored, legacyPrefix) {
		want := HashLegacy(plain)
		return subtle.ConstantTimeCompare([]byte(stored), []byte(want)) == 1
	}
	return bcrypt.CompareHashAndPassword([]byte(stored), []byte(plain)) == nil
}
