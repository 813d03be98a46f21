package middleware

import "net/http"

// CorsMiddleware lets the portal and mobile web app call the API with cookies.
type CorsMiddleware struct {
	allowed map[string]bool
}

func NewCorsMiddleware(origins []string) *CorsMiddleware {
	m := &CorsMiddleware{allowed: make(map[string]bool, len(origins))}
	for _, o := range origins {
		m.allowed[o] = true
	}
	return m
}

func (m *CorsMiddleware) Handle(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin != "" && m.allowed[origin] {
			w.Header().Set("Access-Control-Allow-Origin", origin) // SAFE cors
			w.Header().Set("Access-Control-Allow-Credentials", "true")
			w.Header().Add("Vary", "Origin")
		}
		if r.Method == http.MethodOptions {
			w.Header().Set("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE")
			w.Header().Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next(w, r)
	}
}
