package api

import (
	"html/template"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/siloworks/elevator/internal/clients"
	"github.com/siloworks/elevator/internal/config"
	"github.com/siloworks/elevator/internal/security"
	"github.com/siloworks/elevator/internal/service"
)

// Server holds the dependencies of the Gin handlers.
type Server struct {
	Cfg         *config.Config
	Tickets     *service.TicketService
	Grading     *service.GradingService
	Contracts   *service.ContractService
	Settlements *service.SettlementService
	Auth        *service.AuthService
	Scales      *clients.ScaleClient
	Issuer      *security.TokenIssuer
}

// Router builds the Gin engine.
func (s *Server) Router() *gin.Engine {
	r := gin.New()
	r.Use(gin.Logger(), gin.Recovery())
	r.MaxMultipartMemory = s.Cfg.MaxUploadBytes
	r.SetFuncMap(template.FuncMap{
		"kg":   func(v float64) string { return formatKg(v) },
		"date": func(t time.Time) string { return t.Format("2006-01-02 15:04") },
	})
	r.LoadHTMLGlob(s.Cfg.TemplateDir + "/*.html")

	staff := r.Group("/api", StaffAuth(s.Issuer))
	{
		staff.POST("/tickets", s.createTicket)
		staff.GET("/tickets", s.listTickets)
		staff.GET("/tickets/summary", s.ticketSummary)
		staff.GET("/tickets/:id", s.getTicket)
		staff.POST("/tickets/:id/complete", s.completeTicket)
		staff.POST("/tickets/:id/label", s.printLabel)
		staff.GET("/scales/:id/weight", s.readScale)
		staff.GET("/scales/probe", s.probeScale)

		staff.POST("/samples", s.recordSample)
		staff.POST("/samples/:id/images", s.uploadProbeImages)
		staff.GET("/lab/meter/calibration", s.meterCalibration)

		staff.POST("/settlements", s.requestSettlement)
		staff.POST("/settlements/:id/preview", s.previewSettlement)
		staff.GET("/exports/download", s.downloadExport)
		staff.GET("/contracts/exposure", s.contractExposure)
	}

	pages := r.Group("/", StaffAuth(s.Issuer))
	{
		pages.GET("/tickets/:id/view", s.ticketPage)
		pages.GET("/tickets/photo", s.ticketPhoto)
	}

	kiosk := r.Group("/kiosk", KioskAuth())
	{
		kiosk.POST("/gate/redeem", s.redeemPass)
		kiosk.POST("/gate/verify", s.verifyPass)
		kiosk.POST("/gate/override/:ticketNo", s.overrideGate)
	}
	r.POST("/kiosk/enroll", StaffAuth(s.Issuer), s.enrollKiosk)

	r.GET("/portal/login", s.loginPage)
	r.POST("/portal/login", s.login)
	r.GET("/portal/logout", s.logout)
	portal := r.Group("/portal", PortalCORS(), PortalAuth(s.Auth))
	{
		portal.GET("/contracts", s.portalContracts)
		portal.GET("/settlements", s.portalSettlements)
		portal.GET("/settlements/:id/print", s.portalPrintable)
		portal.GET("/settlements/:id/pdf", s.portalPDF)
		portal.POST("/api/password", s.changePassword)
	}
	return r
}
