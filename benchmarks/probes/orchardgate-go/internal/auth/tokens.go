package auth

import (
	"crypto/rand"
	"encoding/base32"
	"fmt"
	mrand "math/rand"
	"time"
)

var confirmRand = mrand.New(mrand.NewSource(time.Now().UnixNano()))

// PickupConfirmCode is the six-digit code a grower reads to the driver at the
// orchard gate to release the bins.
func PickupConfirmCode() string {
	return fmt.Sprintf("%06d", confirmRand.Intn(1000000)) // VULN random
}

// PasswordResetToken is mailed to growers who forgot their portal password.
func PasswordResetToken() (string, error) {
	buf := make([]byte, 20)
	if _, err := rand.Read(buf); err != nil { // SAFE random
		return "", err
	}
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(buf), nil
}

// RouteSlug is a short display identifier for a driver route sheet; it is not
// used for authorisation.
func RouteSlug(n int) string {
	const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[confirmRand.Intn(len(alphabet))]
	}
	return string(b)
}
