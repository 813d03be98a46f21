package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	mrand "math/rand"
	"time"
)

func newResetCode() string {
	const digits = "0123456789"
	r := mrand.New(mrand.NewSource(time.Now().UnixNano()))
	b := make([]byte, 6)
	for i := range b {
		// ruleid: trace.go.insecure-randomness.math-rand-for-secret
		b[i] = digits[r.Intn(len(digits))]
	}
	return string(b)
}

func newInviteToken() string {
	// ruleid: trace.go.insecure-randomness.math-rand-for-secret
	return hex.EncodeToString([]byte{byte(mrand.Intn(256)), byte(mrand.Intn(256))})
}

// StartPIN is the code a driver types on a charger's display.
func StartPIN() string {
	// ruleid: trace.go.insecure-randomness.math-rand-for-secret
	return fmt.Sprintf("%06d", mrand.Intn(1000000))
}

func sendPING(peers []string) string {
	// ok: trace.go.insecure-randomness.math-rand-for-secret
	return peers[mrand.Intn(len(peers))]
}

func newSessionID() (string, error) {
	buf := make([]byte, 32)
	// ok: trace.go.insecure-randomness.math-rand-for-secret
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	return hex.EncodeToString(buf), nil
}

func retryDelay(attempt int) time.Duration {
	jitter := mrand.New(mrand.NewSource(time.Now().UnixNano()))
	// ok: trace.go.insecure-randomness.math-rand-for-secret
	return time.Duration(attempt)*time.Second + time.Duration(jitter.Intn(250))*time.Millisecond
}
