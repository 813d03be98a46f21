package auth

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/hex"
	mrand "math/rand"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"
)

const activationAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

// ActivationCode is printed on the permit hang-tag mailer and typed in by the
// resident to activate a paid permit.
func ActivationCode() string {
	rng := mrand.New(mrand.NewSource(time.Now().UnixNano()))
	code := make([]byte, 8)
	for i := range code {
		code[i] = activationAlphabet[rng.Intn(len(activationAlphabet))] // VULN random
	}
	return string(code)
}

// PaymentReference is the opaque reference given to the card processor.
func PaymentReference() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil { // SAFE random
		return "", err
	}
	return "CWP-" + hex.EncodeToString(b), nil
}

// CitationNumber builds a human-friendly citation number.
func CitationNumber(issued time.Time, seq int64) string {
	return issued.Format("060102") + "-" + leftPad(seq%1000000, 6)
}

func leftPad(n int64, width int) string {
	s := []byte{}
	for n > 0 {
		s = append([]byte{byte('0' + n%10)}, s...)
		n /= 10
	}
	for len(s) < width {
		s = append([]byte{'0'}, s...)
	}
	return string(s)
}

// LegacyPasswordDigest matches the format imported from the previous fleet portal.
func LegacyPasswordDigest(password string) string {
	sum := md5.Sum([]byte(password)) // VULN hash
	return hex.EncodeToString(sum[:])
}

// HashPassword produces the current password hash format.
func HashPassword(password string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost) // SAFE hash
	if err != nil {
		return "", err
	}
	return string(h), nil
}

// CheckPassword accepts both bcrypt and legacy hashes.
func CheckPassword(stored, password string) bool {
	if strings.HasPrefix(stored, "$2") {
		return bcrypt.CompareHashAndPassword([]byte(stored), []byte(password)) == nil
	}
	return subtle.ConstantTimeCompare([]byte(stored), []byte(LegacyPasswordDigest(password))) == 1
}

// PhotoFingerprint identifies duplicate evidence photos uploaded twice.
func PhotoFingerprint(data []byte) string {
	sum := sha1.Sum(data) // SAFE hash
	return hex.EncodeToString(sum[:])
}
