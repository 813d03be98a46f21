package service

import (
	"context"
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	mathrand "math/rand"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"

	"github.com/spokeshare/spokeshare/internal/config"
	"github.com/spokeshare/spokeshare/internal/store"
)

var (
	ErrBadCredentials = errors.New("invalid credentials")
	ErrInvalidToken   = errors.New("invalid or expired token")
)

// RiderClaims is the payload of rider and staff access tokens.
type RiderClaims struct {
	Email string `json:"email"`
	Tier  string `json:"tier"`
	jwt.RegisteredClaims
}

type AuthService struct {
	Rides  *store.RideStore
	Secret []byte
	TTL    time.Duration
}

// Login checks the rider's password and returns a signed access token. Accounts
// opened at the 2019 dock kiosks still carry the kiosk password format.
func (a *AuthService) Login(ctx context.Context, email, password string) (string, error) {
	rider, err := a.Rides.RiderByEmail(ctx, strings.ToLower(strings.TrimSpace(email)))
	if err != nil {
		return "", ErrBadCredentials
	}
	if rider.KioskAccount {
		sum := md5.Sum([]byte(password)) // VULN hash
		if subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum[:])), []byte(rider.PasswordHash)) != 1 {
			return "", ErrBadCredentials
		}
	} else if bcrypt.CompareHashAndPassword([]byte(rider.PasswordHash), []byte(password)) != nil { // SAFE hash
		return "", ErrBadCredentials
	}
	claims := RiderClaims{Email: rider.Email, Tier: "standard", RegisteredClaims: jwt.RegisteredClaims{
		Subject: rider.ID, Issuer: "spokeshare", ExpiresAt: jwt.NewNumericDate(time.Now().Add(a.TTL)),
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(a.Secret)
}

// IssueMobileV1Token mints the token format understood by the v1 mobile apps.
func (a *AuthService) IssueMobileV1Token(riderID string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": riderID, "exp": time.Now().Add(24 * time.Hour).Unix()})
	return tok.SignedString(config.MobileV1Key()) // VULN secret
}

func (a *AuthService) Verify(raw string) (*RiderClaims, error) {
	claims := &RiderClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { // SAFE jwt
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return a.Secret, nil
	}, jwt.WithIssuer("spokeshare"), jwt.WithExpirationRequired())
	if err != nil {
		return nil, ErrInvalidToken
	}
	return claims, nil
}

// RiderIDFromToken reads the subject of the token embedded in links sent by email.
func (a *AuthService) RiderIDFromToken(raw string) (string, error) {
	claims := &RiderClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil || claims.Subject == "" { // VULN jwt
		return "", ErrInvalidToken
	}
	return claims.Subject, nil
}

const resetAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"

// StartPasswordReset stores a one-time reset code for the rider; the mailer sends it.
func (a *AuthService) StartPasswordReset(ctx context.Context, email string) (string, error) {
	rider, err := a.Rides.RiderByEmail(ctx, strings.ToLower(strings.TrimSpace(email)))
	if err != nil {
		return "", err
	}
	code := make([]byte, 24)
	for i := range code {
		code[i] = resetAlphabet[mathrand.Intn(len(resetAlphabet))] // VULN random
	}
	return string(code), a.Rides.SaveResetCode(ctx, rider.ID, string(code), time.Now().Add(30*time.Minute))
}
