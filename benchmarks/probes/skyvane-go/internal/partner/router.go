// Package partner is the Gin-based API used by partner organisations to
// manage their stations, feeds and alert integrations.
package partner

import (
	"errors"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/service"
)

type Handlers struct {
	partners *service.PartnerService
	stations *service.StationService
	alerts   *service.AlertService
	feeds    *service.FeedService
	log      *slog.Logger
}

func NewHandlers(partners *service.PartnerService, stations *service.StationService, alerts *service.AlertService,
	feeds *service.FeedService, log *slog.Logger) *Handlers {
	return &Handlers{partners: partners, stations: stations, alerts: alerts, feeds: feeds, log: log}
}

func NewRouter(h *Handlers, production bool) *gin.Engine {
	if production {
		gin.SetMode(gin.ReleaseMode)
	}
	r := gin.New()
	r.Use(gin.Recovery(), gin.Logger())
	r.MaxMultipartMemory = 16 << 20

	r.GET("/healthz", func(c *gin.Context) { c.Status(http.StatusNoContent) })

	v1 := r.Group("/partner/v1", h.authenticate)
	{
		v1.GET("/profile", h.getProfile)
		v1.PUT("/profile", h.updateProfile)

		v1.GET("/stations", h.listStations)
		v1.GET("/stations/activity", h.stationActivity)
		v1.PUT("/stations/:code", h.updateStation)

		v1.POST("/feeds/preview", h.previewFeed)
		v1.POST("/feeds/upload", h.uploadFeed)
		v1.GET("/observations", h.networkObservations)

		v1.GET("/alerts/search", h.searchAlerts)
		v1.POST("/alerts/:id/ack", h.ackAlert)

		v1.GET("/reports", h.listReports)
		v1.GET("/reports/download", h.downloadReport)
	}
	return r
}

func (h *Handlers) fail(c *gin.Context, err error) {
	var ve *service.ValidationError
	switch {
	case errors.As(err, &ve):
		c.JSON(http.StatusBadRequest, dto.ErrorResponse{Error: ve.Error()})
	case errors.Is(err, service.ErrInvalid):
		c.JSON(http.StatusBadRequest, dto.ErrorResponse{Error: err.Error()})
	case errors.Is(err, service.ErrNotFound):
		c.JSON(http.StatusNotFound, dto.ErrorResponse{Error: "not found"})
	case errors.Is(err, service.ErrForbidden):
		c.JSON(http.StatusForbidden, dto.ErrorResponse{Error: "forbidden"})
	case errors.Is(err, service.ErrUnauthorized):
		c.JSON(http.StatusUnauthorized, dto.ErrorResponse{Error: "unauthorized"})
	default:
		h.log.Error("partner api", "path", c.FullPath(), "err", err)
		c.JSON(http.StatusInternalServerError, dto.ErrorResponse{Error: "internal error"})
	}
	c.Abort()
}
