package auth

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

// ruleid: trace.go.hardcoded-credentials.literal-signing-key
var refreshKey = []byte("rb-refresh-7f3e9c21d8a4b6e0")

// ok: trace.go.hardcoded-credentials.literal-signing-key
var accessKey = []byte(os.Getenv("ACCESS_TOKEN_KEY"))

// ok: trace.go.hardcoded-credentials.literal-signing-key
var bannerText = []byte("Welcome to the fleet portal")

// ok: trace.go.hardcoded-credentials.literal-signing-key
var cacheKey = []byte("vehicle-positions:v2")

func issueRefresh(claims jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(refreshKey)
}

func issueAccess(claims jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(accessKey)
}

func banner() []byte { return bannerText }
