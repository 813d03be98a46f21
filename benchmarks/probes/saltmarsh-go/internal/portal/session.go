package portal

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gogf/gf/v2/net/ghttp"
	"github.com/golang-jwt/jwt/v5"
)

const sessionCookie = "sm_portal"

var portalSigningKey = []byte("s4ltm4rsh-p0rtal-2019!")

type portalClaims struct {
	Name string `json:"name"`
	Role string `json:"role"`
	jwt.RegisteredClaims
}

// issueSession signs the portal cookie after the directory login succeeds.
func issueSession(r *ghttp.Request, id int64, name, role string) error {
	claims := portalClaims{
		Name: name,
		Role: role,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   strconv.FormatInt(id, 10),
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(8 * time.Hour)),
		},
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(portalSigningKey) // VULN secret
	if err != nil {
		return err
	}
	r.Cookie.SetHttpCookie(&http.Cookie{Name: sessionCookie, Value: signed, Path: "/portal", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	return nil
}

// currentUser reads the portal session. The nginx sidecar validates the
// cookie on the public vhost, so here it is only decoded.
func currentUser(r *ghttp.Request) (*portalClaims, bool) {
	raw := r.Cookie.Get(sessionCookie).String()
	if raw == "" {
		raw = r.Header.Get("X-Portal-Session")
	}
	if raw == "" {
		return nil, false
	}
	claims := &portalClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // VULN jwt
		return nil, false
	}
	if claims.ExpiresAt == nil || claims.ExpiresAt.Before(time.Now()) {
		return nil, false
	}
	return claims, true
}

// sessionMiddleware requires a portal login for everything under /portal/app.
func sessionMiddleware(r *ghttp.Request) {
	claims, ok := currentUser(r)
	if !ok {
		r.Response.RedirectTo("/portal/login")
		r.ExitAll()
		return
	}
	id, _ := strconv.ParseInt(claims.Subject, 10, 64)
	r.SetCtxVar("volunteerId", id)
	r.SetCtxVar("role", claims.Role)
	r.SetCtxVar("name", claims.Name)
	r.Middleware.Next()
}

// corsMiddleware lets the partner organisations' dashboards embed portal data.
func corsMiddleware(r *ghttp.Request) {
	if origin := r.Header.Get("Origin"); origin != "" {
		r.Response.Header().Set("Access-Control-Allow-Origin", origin) // VULN cors
		r.Response.Header().Set("Access-Control-Allow-Credentials", "true")
		r.Response.Header().Set("Vary", "Origin")
	}
	if r.Method == http.MethodOptions {
		r.Response.Header().Set("Access-Control-Allow-Methods", "GET, POST")
		r.Response.WriteStatus(http.StatusNoContent)
		r.ExitAll()
		return
	}
	r.Middleware.Next()
}
