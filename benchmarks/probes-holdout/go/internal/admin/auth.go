package admin

import (
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"

	"github.com/chairlift-resort/chairlift/internal/auth"
)

const claimsKey = "chairlift.claims"

type loginRequest struct {
	UID      string `json:"uid" binding:"required"`
	Password string `json:"password" binding:"required"`
}

// login authenticates staff against the directory and issues an API token.
func (a *API) login(c *gin.Context) {
	var req loginRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "uid and password required"})
		return
	}
	staff, err := a.directory.Authenticate(req.UID, req.Password)
	if err != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
		return
	}
	role := roleFor(staff.Groups)
	if role == "" {
		c.JSON(http.StatusForbidden, gin.H{"error": "no operations role"})
		return
	}
	token, err := a.issuer.Issue(staff.UID, staff.Name, role, 10*time.Hour)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not issue token"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"token": token, "role": role, "name": staff.Name})
}

func roleFor(groups []string) string {
	order := []struct{ group, role string }{
		{"cn=ops-admins,", auth.RoleAdmin},
		{"cn=lift-mechanics,", auth.RoleMechanic},
		{"cn=ski-patrol,", auth.RolePatrol},
		{"cn=ski-school-office,", auth.RoleSkiSchool},
	}
	for _, o := range order {
		for _, g := range groups {
			if strings.HasPrefix(strings.ToLower(g), o.group) {
				return o.role
			}
		}
	}
	return ""
}

func bearer(c *gin.Context) string {
	h := c.GetHeader("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}

// requireStaff verifies the staff token on every /api route.
func (a *API) requireStaff() gin.HandlerFunc {
	return func(c *gin.Context) {
		claims, err := a.issuer.Verify(bearer(c))
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "authentication required"})
			return
		}
		c.Set(claimsKey, claims)
		c.Next()
	}
}

// stationAuth authenticates the lift-station tablets.
func (a *API) stationAuth() gin.HandlerFunc {
	return func(c *gin.Context) {
		claims, err := a.issuer.StationClaims(bearer(c))
		if err != nil || claims.Station == "" {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "station token required"})
			return
		}
		c.Set(claimsKey, claims)
		c.Next()
	}
}

// kioskAuth reads the ticket kiosk token. Kiosk tokens are RS256 tokens from
// the kiosk management server and are checked by the edge proxy in front of
// /kiosk, so only the claims are read here.
func (a *API) kioskAuth() gin.HandlerFunc {
	parser := jwt.NewParser()
	return func(c *gin.Context) {
		claims := &auth.Claims{}
		if _, _, err := parser.ParseUnverified(c.GetHeader("X-Kiosk-Token"), claims); err != nil { // VULN jwt
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "kiosk token required"})
			return
		}
		if claims.Role != auth.RoleOperator || claims.Station == "" {
			c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "not a kiosk"})
			return
		}
		c.Set(claimsKey, claims)
		c.Next()
	}
}

func requireRole(roles ...string) gin.HandlerFunc {
	return func(c *gin.Context) {
		claims := currentClaims(c)
		for _, r := range roles {
			if claims != nil && claims.Role == r {
				c.Next()
				return
			}
		}
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "insufficient role"})
	}
}

func currentClaims(c *gin.Context) *auth.Claims {
	v, ok := c.Get(claimsKey)
	if !ok {
		return nil
	}
	claims, _ := v.(*auth.Claims)
	return claims
}
