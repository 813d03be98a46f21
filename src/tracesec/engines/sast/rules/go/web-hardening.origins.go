package main

import (
	"net/http"
	"regexp"
	"strings"

	"github.com/rs/cors"
)

// CORS with credentials for the origins a loose check accepts

var partnerOrigin = regexp.MustCompile(`^https://[a-z0-9-]+\.partners\.example`)
var anchoredPartnerOrigin = regexp.MustCompile(`^https://[a-z0-9-]+\.partners\.example$`)

func newPartnerCors() []*cors.Cors {
	return []*cors.Cors{
		// ruleid: trace.go.cors.credentials-loose-origin-check
		cors.New(cors.Options{AllowOriginFunc: allowPartnerSuffix, AllowCredentials: true}),
		// ok: trace.go.cors.credentials-loose-origin-check
		cors.New(cors.Options{AllowOriginFunc: allowPartnerDotted, AllowCredentials: true}),
		// ruleid: trace.go.cors.credentials-loose-origin-check
		cors.New(cors.Options{AllowCredentials: true, AllowOriginFunc: func(o string) bool { return strings.Contains(o, "partners.example") }}),
		// ruleid: trace.go.cors.credentials-loose-origin-check
		cors.New(cors.Options{AllowOriginFunc: allowPartnerPattern, AllowCredentials: true}),
		// ok: trace.go.cors.credentials-loose-origin-check
		cors.New(cors.Options{AllowOriginFunc: allowPartnerAnchored, AllowCredentials: true}),
		// ok: trace.go.cors.credentials-loose-origin-check
		cors.New(cors.Options{AllowOriginFunc: allowPartnerSuffix}),
	}
}

func allowPartnerSuffix(origin string) bool {
	return strings.HasSuffix(origin, "partners.example")
}

func allowPartnerDotted(origin string) bool {
	return strings.HasSuffix(origin, ".partners.example")
}

func allowPartnerPattern(origin string) bool {
	return partnerOrigin.MatchString(origin)
}

func allowPartnerAnchored(origin string) bool {
	return anchoredPartnerOrigin.MatchString(origin)
}

func partnerCorsMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if strings.HasSuffix(origin, "partners.example") {
			// ruleid: trace.go.cors.credentials-loose-origin-check
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		if strings.HasSuffix(origin, ".partners.example") {
			// ok: trace.go.cors.credentials-loose-origin-check
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		next.ServeHTTP(w, r)
	})
}
