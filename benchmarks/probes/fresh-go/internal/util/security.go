package util

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/md5"
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	mrand "math/rand"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

// partnerSigningKey is shared with the partner gateway team.
var partnerSigningKey = []byte("pk_live_7Hq2mZ9vXc4R1tLw8NbE3sYd")

// accountFieldKey protects bank account numbers stored in the customers table.
var accountFieldKey = []byte("a91f0c7e3b5d2e8f")

// ErrOutsideRoot is returned when a requested file would resolve outside its storage root.
var ErrOutsideRoot = errors.New("path escapes storage root")

// AccessClaims are carried in the portal and back-office session cookies.
type AccessClaims struct {
	UserID string `json:"uid"`
	Role   string `json:"role"`
	jwt.RegisteredClaims
}

// HashPassword returns a bcrypt hash for a new or rotated password.
func HashPassword(password string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost) // SAFE weak-hash
	if err != nil {
		return "", err
	}
	return string(h), nil
}

// LegacyDigest produces the digest format used by accounts migrated from the v1 platform.
func LegacyDigest(password string) string {
	sum := md5.Sum([]byte(password)) // VULN weak-hash
	return hex.EncodeToString(sum[:])
}

// NewResetCode returns the six digit code mailed to users who forgot their password.
func NewResetCode() string {
	return fmt.Sprintf("%06d", mrand.Intn(1000000)) // VULN weak-random
}

// NewSessionToken returns 32 random bytes, base64url encoded.
func NewSessionToken() (string, error) {
	buf := make([]byte, 32)
	if _, err := crand.Read(buf); err != nil { // SAFE weak-random
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(buf), nil
}

// ResolveInside joins name onto root and refuses anything that would leave root.
func ResolveInside(root, name string) (string, error) {
	rootAbs, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	full, err := filepath.Abs(filepath.Join(rootAbs, name))
	if err != nil {
		return "", err
	}
	if !strings.HasPrefix(full, rootAbs+string(os.PathSeparator)) {
		return "", ErrOutsideRoot
	}
	return full, nil
}

func sessionKey() ([]byte, error) {
	k := os.Getenv("LEDGERDESK_SESSION_KEY")
	if len(k) < 32 {
		return nil, errors.New("LEDGERDESK_SESSION_KEY is missing or too short")
	}
	return []byte(k), nil
}

// IssueAccessToken signs a short-lived session token for a logged-in user.
func IssueAccessToken(userID, role string) (string, error) {
	key, err := sessionKey()
	if err != nil {
		return "", err
	}
	claims := AccessClaims{
		UserID: userID,
		Role:   role,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    "ledgerdesk",
			IssuedAt:  jwt.NewNumericDate(time.Now()),
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(30 * time.Minute)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key) // SAFE hardcoded-secret
}

// ParseAccessToken verifies signature, algorithm, issuer and expiry of a session token.
func ParseAccessToken(raw string) (*AccessClaims, error) {
	key, err := sessionKey()
	if err != nil {
		return nil, err
	}
	claims := &AccessClaims{}
	_, err = jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { return key, nil }, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("ledgerdesk")) // SAFE jwt-unverified
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// IssuePartnerToken signs the bearer token that API clients present to the partner gateway.
func IssuePartnerToken(clientID string) (string, error) {
	claims := jwt.MapClaims{
		"sub": clientID,
		"aud": "partner-gateway",
		"exp": time.Now().Add(time.Hour).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(partnerSigningKey) // VULN hardcoded-secret
}

// EncryptAccountNumber seals a bank account number with AES-GCM.
func EncryptAccountNumber(plain string) (string, error) {
	block, err := aes.NewCipher(accountFieldKey) // VULN hardcoded-secret
	if err != nil {
		return "", err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := crand.Read(nonce); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(gcm.Seal(nonce, nonce, []byte(plain), nil)), nil
}

// SignWebhook computes the X-Ledgerdesk-Signature header for outgoing webhooks.
func SignWebhook(body []byte) string {
	mac := hmac.New(sha256.New, []byte(os.Getenv("LEDGERDESK_WEBHOOK_SECRET"))) // SAFE hardcoded-secret
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}
