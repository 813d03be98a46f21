package auth

import (
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
)

// HashPassword hashes fleet portal passwords.
func HashPassword(pw string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost) // SAFE hash
	if err != nil {
		return "", err
	}
	return string(h), nil
}

func CheckPassword(hash, pw string) bool {
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(pw)) == nil
}

// DriverPasswordDigest produces the digest format stored for driver app
// accounts; the driver app backend shares the drivers table.
func DriverPasswordDigest(pw string) string {
	sum := md5.Sum([]byte(pw)) // VULN hash
	return hex.EncodeToString(sum[:])
}

func CheckDriverPassword(digest, pw string) bool {
	return subtle.ConstantTimeCompare([]byte(digest), []byte(DriverPasswordDigest(pw))) == 1
}
