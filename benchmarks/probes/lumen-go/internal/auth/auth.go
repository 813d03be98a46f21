// Package auth covers operator sessions, password storage, device credentials
// and the corporate directory used for SSO-less operator sign in.
package auth

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/subtle"
	"crypto/tls"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	mrand "math/rand"
	"net/url"
	"os"
	"time"

	"github.com/go-ldap/ldap/v3"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

var ErrInvalidCredentials = errors.New("invalid credentials")

type Claims struct {
	OperatorID int64  `json:"oid"`
	FleetID    int64  `json:"fid"`
	Role       string `json:"role"`
	jwt.RegisteredClaims
}

type TokenIssuer struct {
	key []byte
	ttl time.Duration
}

func NewTokenIssuer(ttl time.Duration) (*TokenIssuer, error) {
	secret := os.Getenv("LUMEN_JWT_SECRET")
	if len(secret) < 32 {
		return nil, errors.New("LUMEN_JWT_SECRET must be set to at least 32 bytes")
	}
	return &TokenIssuer{key: []byte(secret), ttl: ttl}, nil
}

func (t *TokenIssuer) Issue(operatorID, fleetID int64, role string) (string, error) {
	now := time.Now()
	claims := Claims{
		OperatorID: operatorID,
		FleetID:    fleetID,
		Role:       role,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    "lumen-fleet",
			Subject:   fmt.Sprintf("operator:%d", operatorID),
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(t.ttl)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(t.key) // SAFE secret
}

func (t *TokenIssuer) Verify(raw string) (*Claims, error) {
	claims := &Claims{}
	tok, err := jwt.ParseWithClaims(raw, claims, func(tok *jwt.Token) (any, error) { // SAFE jwt
		if _, ok := tok.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", tok.Header["alg"])
		}
		return t.key, nil
	}, jwt.WithIssuer("lumen-fleet"), jwt.WithExpirationRequired())
	if err != nil || !tok.Valid {
		return nil, ErrInvalidCredentials
	}
	return claims, nil
}

func HashPassword(pw string) (string, error) {
	b, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost) // SAFE hash
	return string(b), err
}

// VerifyPassword checks a stored credential. Operators imported from the v1
// console keep their original digest until they next sign in.
func VerifyPassword(stored string, legacy bool, pw string) bool {
	if legacy {
		sum := md5.Sum([]byte(pw)) // VULN hash
		return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum[:])), []byte(stored)) == 1
	}
	return bcrypt.CompareHashAndPassword([]byte(stored), []byte(pw)) == nil
}

const pairingAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

// NewPairingCode is shown on the vehicle head unit and typed into the console
// to bind a telematics device to a vehicle.
func NewPairingCode() string {
	b := make([]byte, 8)
	for i := range b {
		b[i] = pairingAlphabet[mrand.Intn(len(pairingAlphabet))] // VULN random
	}
	return string(b)
}

// NewInviteToken is emailed to a new operator and exchanged for an account.
func NewInviteToken() string {
	return fmt.Sprintf("inv_%016x", mrand.Int63()) // VULN random
}

func NewDeviceAPIKey() (string, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil { // SAFE random
		return "", err
	}
	return "lfk_" + base64.RawURLEncoding.EncodeToString(buf), nil
}

type Directory struct {
	url    string
	baseDN string
	bindDN string
	bindPW string
}

type DirectoryEntry struct {
	DN    string `json:"dn"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

func NewDirectory(rawURL, baseDN string) *Directory {
	return &Directory{
		url:    rawURL,
		baseDN: baseDN,
		bindDN: os.Getenv("LDAP_BIND_DN"),
		bindPW: os.Getenv("LDAP_BIND_PASSWORD"),
	}
}

func (d *Directory) dial() (*ldap.Conn, error) {
	u, err := url.Parse(d.url)
	if err != nil {
		return nil, fmt.Errorf("ldap url: %w", err)
	}
	conn, err := ldap.DialURL(d.url, ldap.DialWithTLSConfig(&tls.Config{ServerName: u.Hostname(), MinVersion: tls.VersionTLS12})) // SAFE tls
	if err != nil {
		return nil, err
	}
	if err := conn.Bind(d.bindDN, d.bindPW); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}

// Authenticate resolves the operator's DN and binds with their password.
func (d *Directory) Authenticate(username, password string) (*DirectoryEntry, error) {
	if username == "" || password == "" {
		return nil, ErrInvalidCredentials
	}
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	filter := fmt.Sprintf("(&(objectClass=inetOrgPerson)(ou=fleet-ops)(uid=%s))", ldap.EscapeFilter(username))
	res, err := conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false, filter, []string{"cn", "mail"}, nil)) // SAFE ldap
	if err != nil {
		return nil, err
	}
	if len(res.Entries) != 1 {
		return nil, ErrInvalidCredentials
	}
	entry := res.Entries[0]
	if err := conn.Bind(entry.DN, password); err != nil {
		return nil, ErrInvalidCredentials
	}
	return &DirectoryEntry{DN: entry.DN, Name: entry.GetAttributeValue("cn"), Email: entry.GetAttributeValue("mail")}, nil
}

// SearchOperators backs the "add operator" typeahead in the console.
func (d *Directory) SearchOperators(prefix string) ([]DirectoryEntry, error) {
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	filter := fmt.Sprintf("(&(objectClass=inetOrgPerson)(ou=fleet-ops)(cn=%s*))", prefix)
	res, err := conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 50, 10, false, filter, []string{"cn", "mail"}, nil)) // VULN ldap
	if err != nil {
		return nil, err
	}
	out := make([]DirectoryEntry, 0, len(res.Entries))
	for _, e := range res.Entries {
		out = append(out, DirectoryEntry{DN: e.DN, Name: e.GetAttributeValue("cn"), Email: e.GetAttributeValue("mail")})
	}
	return out, nil
}
