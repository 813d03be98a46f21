// Package admin is the Gin-based operations API used by lift mechanics,
// ski patrol, the ski school office and ticket kiosks.
package admin

import (
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/chairlift-resort/chairlift/internal/auth"
	"github.com/chairlift-resort/chairlift/internal/config"
	"github.com/chairlift-resort/chairlift/internal/ldapdir"
	"github.com/chairlift-resort/chairlift/internal/service"
	"github.com/chairlift-resort/chairlift/internal/store"
)

// API holds the admin handlers' collaborators.
type API struct {
	cfg         *config.Config
	issuer      *auth.Issuer
	stores      *store.Stores
	maintenance *service.MaintenanceService
	diagnostics *service.Diagnostics
	bulletins   *service.BulletinService
	directory   *ldapdir.Directory
	logger      *slog.Logger
}

// NewAPI wires the admin API.
func NewAPI(cfg *config.Config, issuer *auth.Issuer, st *store.Stores, m *service.MaintenanceService,
	d *service.Diagnostics, b *service.BulletinService, dir *ldapdir.Directory, logger *slog.Logger) *API {
	return &API{cfg: cfg, issuer: issuer, stores: st, maintenance: m, diagnostics: d, bulletins: b, directory: dir, logger: logger}
}

// Router builds the Gin engine.
func (a *API) Router() *gin.Engine {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(gin.Recovery(), a.cors())
	r.MaxMultipartMemory = 32 << 20

	r.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
	r.POST("/auth/login", a.login)

	api := r.Group("/api", a.requireStaff())
	{
		lifts := api.Group("/lifts")
		lifts.GET("/:id/logs", a.listLogs)
		lifts.POST("/:id/logs", requireRole(auth.RoleMechanic, auth.RoleAdmin), a.addLog)
		lifts.PUT("/:id/controller", requireRole(auth.RoleAdmin), a.setController)
		lifts.POST("/:id/diagnostics/snmp", requireRole(auth.RoleMechanic, auth.RoleAdmin), a.snmpStatus)
		lifts.GET("/:id/telemetry", a.telemetry)
		lifts.POST("/diagnostics/ping", requireRole(auth.RoleMechanic, auth.RoleAdmin), a.ping)

		api.POST("/reports", a.requestReport)
		api.GET("/reports/download", a.downloadReport)
		api.GET("/exports/:name", a.downloadExport)

		api.GET("/staff", a.staffByUID)
		api.POST("/staff/search", a.staffSearch)
		api.POST("/kiosk/operators", requireRole(auth.RoleAdmin), a.provisionOperator)

		api.POST("/bulletins/archive", requireRole(auth.RolePatrol, auth.RoleAdmin), a.uploadArchive)
		api.POST("/bulletins/import", requireRole(auth.RolePatrol, auth.RoleAdmin), a.importFeed)
	}

	station := r.Group("/station", a.stationAuth())
	{
		station.POST("/lifts/:id/daily-check", a.stationDailyCheck)
	}

	kiosk := r.Group("/kiosk", a.kioskAuth())
	{
		kiosk.GET("/passes/:code", a.kioskPassLookup)
	}
	return r
}

// cors allows the operations dashboard origins to call the API with credentials.
func (a *API) cors() gin.HandlerFunc {
	allowed := make(map[string]bool, len(a.cfg.AdminOrigins))
	for _, o := range a.cfg.AdminOrigins {
		allowed[o] = true
	}
	return func(c *gin.Context) {
		origin := c.GetHeader("Origin")
		if origin != "" && allowed[origin] {
			c.Header("Access-Control-Allow-Origin", origin) // SAFE cors
			c.Header("Access-Control-Allow-Credentials", "true")
			c.Header("Vary", "Origin")
			c.Header("Access-Control-Allow-Headers", "Authorization, Content-Type")
			c.Header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS")
		}
		if c.Request.Method == http.MethodOptions {
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
		c.Next()
	}
}
