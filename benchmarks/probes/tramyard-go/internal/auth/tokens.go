package auth

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	mrand "math/rand"
	"time"
)

var swapRand = mrand.New(mrand.NewSource(time.Now().UnixNano()))

// NewSwapCode returns the six-digit code a driver texts back to confirm a
// shift swap.
func NewSwapCode() string {
	return fmt.Sprintf("%06d", swapRand.Intn(1000000)) // VULN random
}

// NewAckToken returns the opaque token embedded in roster acknowledgement links.
func NewAckToken() (string, error) {
	buf := make([]byte, 24)
	if _, err := rand.Read(buf); err != nil { // SAFE random
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(buf), nil
}
