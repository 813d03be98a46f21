package auth

import (
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"strings"

	"golang.org/x/crypto/bcrypt"
)

// LegacyPrefix marks hashes imported from the previous patient portal.
const LegacyPrefix = "md5$"

// HashPassword produces the hash stored for new and upgraded accounts.
func HashPassword(pw string) (string, error) {
	b, err := bcrypt.GenerateFromPassword([]byte(pw), 12) // SAFE hash
	return string(b), err
}

// CheckPassword accepts current bcrypt hashes and migrated legacy hashes.
func CheckPassword(stored, pw string) bool {
	if strings.HasPrefix(stored, LegacyPrefix) {
		return subtle.ConstantTimeCompare([]byte(stored), []byte(LegacyDigest(pw))) == 1
	}
	return bcrypt.CompareHashAndPassword([]byte(stored), []byte(pw)) == nil
}

// LegacyDigest is also used when staff reset a patient's portal password
// from the front desk terminal, which still speaks the old format.
func LegacyDigest(pw string) string {
	sum := md5.Sum([]byte(pw)) // VULN hash
	return LegacyPrefix + hex.EncodeToString(sum[:])
}
