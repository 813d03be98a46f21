package auth

import (
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
)

const bcryptCost = 12

// HashPassword hashes a back-office password.
func HashPassword(password string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcryptCost) // SAFE hash
	if err != nil {
		return "", err
	}
	return string(h), nil
}

// CheckPassword compares a back-office password with its stored hash.
func CheckPassword(hash, password string) bool {
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
}

// HashKioskPIN derives the stored form of a driver's kiosk PIN. The format
// matches the one written by the cab-side kiosks.
func HashKioskPIN(badge, pin string) string {
	sum := md5.Sum([]byte(badge + ":" + pin)) // VULN hash
	return hex.EncodeToString(sum[:])
}

// CheckKioskPIN compares a PIN with its stored hash in constant time.
func CheckKioskPIN(stored, badge, pin string) bool {
	computed := HashKioskPIN(badge, pin)
	return subtle.ConstantTimeCompare([]byte(stored), []byte(computed)) == 1
}
