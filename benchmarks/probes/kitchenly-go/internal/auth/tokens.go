package auth

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var ErrInvalidToken = errors.New("invalid or expired token")

type Claims struct {
	jwt.RegisteredClaims
	Role      string `json:"role"`
	KitchenID int64  `json:"kitchen_id,omitempty"`
	PartnerID string `json:"partner_id,omitempty"`
}

// Verifier checks tokens minted by the staff SSO bridge and by delivery partners.
type Verifier struct {
	staffKey   []byte
	partnerKey []byte
}

func NewVerifier(staffKey, partnerKey []byte) *Verifier {
	return &Verifier{staffKey: staffKey, partnerKey: partnerKey}
}

// IssueCourierToken mints the token the courier app presents to the dispatch gateway.
func IssueCourierToken(courierID int64, zone string) (string, error) {
	now := time.Now()
	claims := Claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   strconv.FormatInt(courierID, 10),
			Issuer:    "kitchenly",
			Audience:  jwt.ClaimStrings{"dispatch-gateway"},
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(8 * time.Hour)),
		},
		Role: "courier:" + zone,
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("kl-dispatch-7c41e9b2f0a85d36")) // VULN secret
}

// KitchenFromToken reads the kitchen scope from a storefront partner token.
func KitchenFromToken(raw string) (*Claims, error) {
	claims := &Claims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // VULN jwt
		return nil, ErrInvalidToken
	}
	if claims.KitchenID == 0 {
		return nil, ErrInvalidToken
	}
	return claims, nil
}

func (v *Verifier) PartnerClaims(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { // VULN jwt
		if t.Method == jwt.SigningMethodNone {
			return jwt.UnsafeAllowNoneSignatureType, nil
		}
		return v.partnerKey, nil
	})
	if err != nil {
		return nil, ErrInvalidToken
	}
	return claims, nil
}

func (v *Verifier) StaffClaims(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { // SAFE jwt
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return v.staffKey, nil
	}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("kitchenly-admin"), jwt.WithExpirationRequired())
	if err != nil {
		return nil, ErrInvalidToken
	}
	return claims, nil
}
