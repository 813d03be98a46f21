package util

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
)

// RandomToken returns n random bytes hex encoded.
func RandomToken(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil { // SAFE random
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// NumericCode returns a zero padded decimal code, e.g. for e-mail verification.
func NumericCode(digits int) (string, error) {
	max := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits)), nil)
	n, err := rand.Int(rand.Reader, max) // SAFE random
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%0*d", digits, n.Int64()), nil
}
