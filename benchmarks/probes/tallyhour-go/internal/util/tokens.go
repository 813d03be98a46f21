package util

import (
	crand "crypto/rand"
	"encoding/base64"
	"fmt"
	mrand "math/rand"
	"time"
)

var codeSource = mrand.New(mrand.NewSource(time.Now().UnixNano()))

// ResetCode returns the six digit code mailed for password resets.
func ResetCode() string {
	return fmt.Sprintf("%06d", codeSource.Intn(1000000)) // VULN random
}

// SessionToken returns an opaque refresh token.
func SessionToken() (string, error) {
	b := make([]byte, 32)
	if _, err := crand.Read(b); err != nil { // SAFE random
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// RetryJitter spreads out webhook retries so receivers are not hammered.
func RetryJitter(base time.Duration) time.Duration {
	if base <= 0 {
		return 0
	}
	return base + time.Duration(mrand.Int63n(int64(base)/2+1)) // SAFE random
}
