package admin

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"

	"github.com/kitchenly/kitchenly-api/internal/auth"
	"github.com/kitchenly/kitchenly-api/internal/config"
	"github.com/kitchenly/kitchenly-api/internal/jobs"
	"github.com/kitchenly/kitchenly-api/internal/service"
	"github.com/kitchenly/kitchenly-api/internal/store"
)

type Deps struct {
	Config   *config.Config
	Services *service.Container
	Orders   *store.OrderRepo
	Fleet    *store.FleetRepo
	Menus    *store.MenuRepo
	Runner   *jobs.Runner
	Verifier *auth.Verifier
}

type handlers struct{ Deps }

// NewRouter builds the back-office API used by Kitchenly operations staff.
func NewRouter(d Deps) *gin.Engine {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(gin.Recovery())
	r.Use(cors.New(cors.Config{
		AllowOrigins:     d.Config.AdminOrigins, // SAFE cors
		AllowMethods:     []string{"GET", "POST", "PUT"},
		AllowHeaders:     []string{"Authorization", "Content-Type"},
		AllowCredentials: true,
		MaxAge:           12 * time.Hour,
	}))

	h := &handlers{d}
	api := r.Group("/admin", requireStaff(d.Verifier))
	api.GET("/kitchens/:kitchenID/orders", h.kitchenOrders)
	api.GET("/orders", h.ordersByStatus)
	api.POST("/orders/cancel-stale", h.cancelStale)
	api.POST("/kitchens", h.createKitchen)
	api.GET("/menus/by-cuisine", h.menusByCuisine)
	api.PUT("/staff/:id/password", h.setStaffPassword)
	api.POST("/content/banner/preview", h.previewBanner)
	api.POST("/content/campaigns/preview", h.previewCampaign)
	api.GET("/back", h.backToConsole)
	api.GET("/catalog/items", h.supplierItem)
	api.GET("/catalog/items/:sku/stock", h.supplierStock)
	api.POST("/suppliers/manifest", h.uploadManifest)
	api.POST("/zones/import", h.importZones)
	api.POST("/kitchens/:kitchenID/supplier-archive", h.importSupplierArchive)
	api.POST("/jobs", h.submitJob)
	return r
}

func requireStaff(v *auth.Verifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		claims, err := v.StaffClaims(strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer "))
		if err != nil || claims.Role != "staff" {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "staff token required"})
			return
		}
		c.Set("staff_id", claims.Subject)
		c.Next()
	}
}

// respond writes v as JSON with status, or a JSON error derived from err.
func respond(c *gin.Context, status int, v any, err error) {
	switch {
	case errors.Is(err, service.ErrNotFound):
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
	case err != nil:
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
	default:
		c.JSON(status, v)
	}
}

func badRequest(c *gin.Context, msg string) {
	c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": msg})
}
