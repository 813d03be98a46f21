package middleware

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"github.com/zeromicro/go-zero/rest/httpx"

	"github.com/saltmarsh/survey/internal/config"
)

type ctxKey string

const volunteerKey ctxKey = "volunteer"

// Claims are carried in volunteer session tokens.
type Claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

// Principal is the authenticated volunteer for a request.
type Principal struct {
	ID   int64
	Role string
}

type AuthMiddleware struct{}

func NewAuthMiddleware() *AuthMiddleware { return &AuthMiddleware{} }

// ParseSession verifies a bearer token issued by the login endpoint.
func ParseSession(raw string) (*Principal, error) {
	key := config.SigningKey()
	if len(key) == 0 {
		return nil, errors.New("signing key not configured")
	}
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { return key, nil }, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired()) // SAFE jwt
	if err != nil {
		return nil, err
	}
	id, err := strconv.ParseInt(claims.Subject, 10, 64)
	if err != nil {
		return nil, err
	}
	return &Principal{ID: id, Role: claims.Role}, nil
}

func (m *AuthMiddleware) Handle(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		p, err := ParseSession(raw)
		if err != nil {
			httpx.ErrorCtx(r.Context(), w, errors.New("unauthorised"))
			return
		}
		next(w, r.WithContext(context.WithValue(r.Context(), volunteerKey, p)))
	}
}

// FromContext returns the authenticated volunteer.
func FromContext(ctx context.Context) *Principal {
	p, _ := ctx.Value(volunteerKey).(*Principal)
	if p == nil {
		return &Principal{}
	}
	return p
}

// WithPrincipal is used by the portal and workers to attach an identity.
func WithPrincipal(ctx context.Context, p *Principal) context.Context {
	return context.WithValue(ctx, volunteerKey, p)
}
