package auth

import (
	"net/http"
	"strings"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func operator(r *http.Request, key []byte) (string, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	// ruleid: trace.go.jwt.unverified-token
	tok, err := jwt.Parse([]byte(raw), jwt.WithVerify(false))
	if err != nil {
		return "", err
	}
	// ruleid: trace.go.jwt.unverified-token
	peek, _ := jwt.ParseInsecure([]byte(raw))
	// ok: trace.go.jwt.unverified-token
	checked, err := jwt.Parse([]byte(raw), jwt.WithKey(jwa.HS256, key), jwt.WithValidate(true))
	if err != nil {
		return "", err
	}
	return tok.Subject() + peek.Subject() + checked.Subject(), nil
}
