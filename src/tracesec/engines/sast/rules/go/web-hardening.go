package main

import (
	"archive/zip"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"github.com/gofiber/fiber/v2"
	"github.com/rs/cors"
)

func unpackCounted(r *zip.Reader, target string) (int, error) {
	for n, f := range r.File {
		// ruleid: trace.go.archive-extraction.zip-slip
		out, err := os.Create(filepath.Join(target, f.Name))
		if err != nil {
			return n, err
		}
		out.Close()
	}
	return len(r.File), nil
}

func unpackJoined(r *zip.Reader, target string) error {
	for _, f := range r.File {
		dest, err := fsutil.SafeJoin(target, f.Name)
		if err != nil {
			return err
		}
		// ok: trace.go.archive-extraction.zip-slip
		out, err := os.Create(dest)
		if err != nil {
			return err
		}
		out.Close()
		// a join of another name is no check
		// ruleid: trace.go.archive-extraction.zip-slip
		raw, _ := os.Create(fsutil.Join(target, f.Name))
		raw.Close()
	}
	return nil
}

func unpack(r *zip.Reader, target string) error {
	for _, f := range r.File {
		// ruleid: trace.go.archive-extraction.zip-slip
		out, err := os.Create(filepath.Join(target, f.Name))
		if err != nil {
			return err
		}
		out.Close()
	}
	for _, f := range r.File {
		dest := filepath.Join(target, f.Name)
		if !strings.HasPrefix(dest, filepath.Clean(target)+string(os.PathSeparator)) {
			continue
		}
		// ok: trace.go.archive-extraction.zip-slip
		out, err := os.Create(dest)
		if err != nil {
			return err
		}
		out.Close()
	}
	for _, f := range r.File {
		// ok: trace.go.archive-extraction.zip-slip
		out, _ := os.Create(filepath.Join(target, filepath.Base(f.Name)))
		out.Close()
	}
	for _, f := range r.File {
		dest := filepath.Join(target, f.Name)
		rel, err := filepath.Rel(target, dest)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			continue
		}
		// ok: trace.go.archive-extraction.zip-slip
		out, _ := os.Create(dest)
		out.Close()
	}
	for _, f := range r.File {
		dest := filepath.Join(target, f.Name)
		rel, _ := filepath.Rel(target, dest)
		if rel == "" {
			continue
		}
		// ruleid: trace.go.archive-extraction.zip-slip
		out, _ := os.Create(dest)
		out.Close()
	}
	return nil
}

func corsMiddleware(w http.ResponseWriter, r *http.Request) {
	// ruleid: trace.go.cors.credentials-any-origin
	w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func publicCors(w http.ResponseWriter, r *http.Request) {
	// ok: trace.go.cors.credentials-any-origin
	w.Header().Set("Access-Control-Allow-Origin", "*")
}

var (
	// ruleid: trace.go.cors.credentials-any-origin
	loose = cors.New(cors.Options{AllowOriginFunc: func(origin string) bool { return true }, AllowCredentials: true})
	// ok: trace.go.cors.credentials-any-origin
	strict = cors.New(cors.Options{AllowedOrigins: []string{"https://app.acme.example"}, AllowCredentials: true})
	// ruleid: trace.go.cors.credentials-any-origin
	ginLoose = ginCors.New(cors.Config{AllowOriginFunc: func(string) bool { return true }, AllowCredentials: true, MaxAge: 12 * time.Hour})
	// ok: trace.go.cors.credentials-any-origin
	ginChecked = ginCors.New(cors.Config{AllowOriginFunc: func(o string) bool { return o == "https://staff.acme.example" }, AllowCredentials: true})
	// ruleid: trace.go.cors.credentials-any-origin
	anyNonEmpty = cors.New(cors.Options{AllowOriginFunc: func(origin string) bool { return origin != "" }, AllowCredentials: true})
	// go-chi/cors hands the request to the origin function too
	// ruleid: trace.go.cors.credentials-any-origin
	chiLoose = cors.Handler(cors.Options{AllowOriginFunc: func(r *http.Request, origin string) bool { return true }, AllowCredentials: true})
	// ok: trace.go.cors.credentials-any-origin
	chiChecked = cors.Handler(cors.Options{AllowOriginFunc: func(r *http.Request, origin string) bool { return origin == "https://staff.acme.example" }, AllowCredentials: true})
	// ok: trace.go.cors.credentials-any-origin
	ginNoCredentials = ginCors.New(cors.Config{AllowOriginFunc: func(string) bool { return true }})
	// echo's origin function returns an error too
	// ruleid: trace.go.cors.credentials-any-origin
	echoLoose = middleware.CORSWithConfig(middleware.CORSConfig{AllowOriginFunc: func(origin string) (bool, error) { return true, nil }, AllowCredentials: true})
	// ok: trace.go.cors.credentials-any-origin
	echoChecked = middleware.CORSWithConfig(middleware.CORSConfig{AllowOriginFunc: func(origin string) (bool, error) { return origin == "https://staff.acme.example", nil }, AllowCredentials: true})
)

func sign(claims jwt.Claims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// ruleid: trace.go.hardcoded-credentials.literal-signing-key
	return token.SignedString([]byte("pr0d-signing-k3y-2024"))
}

func signFromEnv(claims jwt.Claims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// ok: trace.go.hardcoded-credentials.literal-signing-key
	return token.SignedString([]byte(os.Getenv("JWT_SECRET")))
}

func mac(body io.Reader) []byte {
	// ruleid: trace.go.hardcoded-credentials.literal-signing-key
	m := hmac.New(sha256.New, []byte("webhook-secret-123"))
	io.Copy(m, body)
	return m.Sum(nil)
}

func storePassword(password string, profile []byte) ([32]byte, [32]byte) {
	// ruleid: trace.go.weak-crypto.fast-hash-for-password
	hash := sha256.Sum256([]byte(password))
	// ok: trace.go.weak-crypto.fast-hash-for-password
	etag := sha256.Sum256(profile)
	return hash, etag
}

func legacyPassword(password string) [16]byte {
	// ruleid: trace.go.weak-crypto.fast-hash-for-password
	return md5.Sum([]byte(password))
}


var allowedOrigins = map[string]bool{"https://app.acme.example": true}

func reflectOrigin() gin.HandlerFunc {
	return func(c *gin.Context) {
		if origin := c.GetHeader("Origin"); origin != "" {
			// ruleid: trace.go.cors.credentials-any-origin
			c.Header("Access-Control-Allow-Origin", origin)
			c.Header("Access-Control-Allow-Credentials", "true")
		}
		c.Next()
	}
}

func checkedOrigin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if allowedOrigins[origin] {
			// ok: trace.go.cors.credentials-any-origin
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		next.ServeHTTP(w, r)
	})
}

func publicOrigin(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	// ok: trace.go.cors.credentials-any-origin
	w.Header().Set("Access-Control-Allow-Origin", origin)
}

// Fiber middleware echoing the Origin header with credentials
func fiberCors(c *fiber.Ctx) error {
	origin := c.Get("Origin")
	// ruleid: trace.go.cors.credentials-any-origin
	c.Set("Access-Control-Allow-Origin", origin)
	c.Set("Access-Control-Allow-Credentials", "true")
	return c.Next()
}

// Fiber's header-name constants
func fiberConstCors(c *fiber.Ctx) error {
	if origin := c.Get(fiber.HeaderOrigin); origin != "" {
		// ruleid: trace.go.cors.credentials-any-origin
		c.Set(fiber.HeaderAccessControlAllowOrigin, origin)
		c.Set(fiber.HeaderAccessControlAllowCredentials, "true")
	}
	return c.Next()
}

// Echo's header-name constants, in a hand-written middleware
func echoConstCors() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			origin := c.Request().Header.Get(echo.HeaderOrigin)
			h := c.Response().Header()
			if origin != "" {
				// ruleid: trace.go.cors.credentials-any-origin
				h.Set(echo.HeaderAccessControlAllowOrigin, origin)
				h.Set(echo.HeaderAccessControlAllowCredentials, "true")
			}
			return next(c)
		}
	}
}

func echoConstChecked(c echo.Context) error {
	origin := c.Request().Header.Get(echo.HeaderOrigin)
	if partnerOrigins[origin] {
		// ok: trace.go.cors.credentials-any-origin
		c.Response().Header().Set(echo.HeaderAccessControlAllowOrigin, origin)
		c.Response().Header().Set(echo.HeaderAccessControlAllowCredentials, "true")
	}
	return nil
}

func fiberConstChecked(c *fiber.Ctx) error {
	if origin := c.Get(fiber.HeaderOrigin); partnerOrigins[origin] {
		// ok: trace.go.cors.credentials-any-origin
		c.Set(fiber.HeaderAccessControlAllowOrigin, origin)
		c.Set(fiber.HeaderAccessControlAllowCredentials, "true")
	}
	return c.Next()
}

func portalCORS(allowed []string, next http.Handler) http.Handler {
	set := make(map[string]struct{}, len(allowed))
	for _, o := range allowed {
		set[o] = struct{}{}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if _, ok := set[origin]; ok {
			// ok: trace.go.cors.credentials-any-origin
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		next.ServeHTTP(w, r)
	})
}
