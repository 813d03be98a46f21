package inspector

import (
	"context"
	"strings"
	"time"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/cloudwego/hertz/pkg/common/utils"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
	"github.com/golang-jwt/jwt/v5"

	"github.com/stillriver/stillriver/internal/directory"
	"github.com/stillriver/stillriver/internal/render"
	"github.com/stillriver/stillriver/internal/service"
)

// Handlers serves the inspector portal.
type Handlers struct {
	Inspections *service.InspectionService
	Reports     *service.ReportService
	Directory   *directory.Directory
	Renderer    *render.Renderer
}

// Register mounts the portal routes on a Hertz server.
func (h *Handlers) Register(s *server.Hertz) {
	s.GET("/healthz", h.health)

	staff := s.Group("/", requireStaff())
	staff.GET("/inspections/search", h.searchByHull)
	staff.POST("/inspections", h.create)
	staff.POST("/inspections/:id/signoff", h.signOff)
	staff.POST("/inspections/:id/photos/remote", h.attachRemotePhoto)
	staff.POST("/inspections/:id/bundle", h.importBundle)

	staff.GET("/keepers", h.keepersByUID)
	staff.GET("/keepers/by-mail", h.keepersByMail)

	staff.GET("/reports/summary", h.summary)
	staff.GET("/reports/overdue", h.overdue)
	staff.GET("/reports/exports", h.export)
	staff.GET("/reports/archive/:name", h.archived)

	staff.GET("/diagnostics/ping", h.ping)
	staff.POST("/diagnostics/trace", h.trace)
}

const inspectorKey = "inspector"

// StaffClaims are issued by the authority's staff single sign-on.
type StaffClaims struct {
	Role     string `json:"role"`
	District string `json:"district"`
	jwt.RegisteredClaims
}

var staffParser = jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))

func staffToken(c *app.RequestContext) string {
	if h := string(c.GetHeader("Authorization")); strings.HasPrefix(h, "Bearer ") {
		return strings.TrimPrefix(h, "Bearer ")
	}
	return string(c.Cookie("sr_staff"))
}

// requireStaff admits inspectors and lock operators.
func requireStaff() app.HandlerFunc {
	return func(ctx context.Context, c *app.RequestContext) {
		raw := staffToken(c)
		if raw == "" {
			c.AbortWithStatusJSON(consts.StatusUnauthorized, utils.H{"error": "sign in required"})
			return
		}
		claims := &StaffClaims{}
		if _, _, err := staffParser.ParseUnverified(raw, claims); err != nil { // VULN jwt
			c.AbortWithStatusJSON(consts.StatusUnauthorized, utils.H{"error": "invalid token"})
			return
		}
		if claims.ExpiresAt == nil || claims.ExpiresAt.Before(time.Now()) {
			c.AbortWithStatusJSON(consts.StatusUnauthorized, utils.H{"error": "session expired"})
			return
		}
		if claims.Role != "inspector" && claims.Role != "operator" {
			c.AbortWithStatusJSON(consts.StatusForbidden, utils.H{"error": "staff only"})
			return
		}
		c.Set(inspectorKey, claims.Subject)
		c.Next(ctx)
	}
}

func inspectorFrom(c *app.RequestContext) string {
	return c.GetString(inspectorKey)
}
