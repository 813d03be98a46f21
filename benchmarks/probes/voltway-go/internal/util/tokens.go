package util

import (
	"crypto/rand"
	"encoding/hex"
)

// RandomHex returns a lowercase hex identifier carrying n bytes of entropy.
func RandomHex(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil { // SAFE random
		return "", err
	}
	return hex.EncodeToString(b), nil
}
