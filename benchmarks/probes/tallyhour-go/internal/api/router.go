package api

import (
	"net/http"
	"time"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"

	"github.com/tallyhour/tallyhour/internal/config"
	"github.com/tallyhour/tallyhour/internal/directory"
	"github.com/tallyhour/tallyhour/internal/repository"
	"github.com/tallyhour/tallyhour/internal/service"
	"github.com/tallyhour/tallyhour/internal/util"
)

type Handlers struct {
	Cfg          *config.Config
	Employees    *repository.EmployeeRepo
	Auth         *service.AuthService
	Timesheets   *service.TimesheetService
	Payroll      *service.PayrollService
	Documents    *service.DocumentService
	Notify       *service.NotifyService
	Integrations *service.IntegrationService
	Directory    *directory.Directory
	Roster       *util.Roster
}

func NewRouter(h *Handlers) *gin.Engine {
	r := gin.New()
	r.Use(gin.Logger(), gin.Recovery())
	r.MaxMultipartMemory = 16 << 20
	r.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })

	auth := r.Group("/auth")
	auth.POST("/login", h.Login)
	auth.POST("/login/form", h.LoginForm)
	auth.GET("/landing", h.Landing)
	auth.POST("/password/reset", h.RequestPasswordReset)

	kiosk := r.Group("/kiosk", kioskCORS(), h.requireKiosk())
	kiosk.GET("/welcome", h.KioskWelcome)
	kiosk.POST("/clock-out", h.KioskClockOut)
	kiosk.GET("/roster/site/:site", h.RosterBySite)

	r.GET("/partner/headcount", h.requirePartner(), h.PartnerHeadcount)

	api := r.Group("/api/v1", cors.New(cors.Config{
		AllowOrigins:     h.Cfg.AllowedOrigins, // SAFE cors
		AllowMethods:     []string{"GET", "POST", "PUT", "DELETE"},
		AllowHeaders:     []string{"Authorization", "Content-Type"},
		AllowCredentials: true,
		MaxAge:           12 * time.Hour,
	}), h.requireSession())

	api.GET("/employees/search", h.SearchEmployees)
	api.GET("/employees/directory", h.DirectoryLookup)
	api.GET("/employees/directory/by-email", h.DirectoryLookupByEmail)
	api.GET("/employees/badge/:badge", h.BadgeLookup)
	api.GET("/team", h.MyTeam)
	api.PUT("/me/preferences", h.UpdatePreferences)
	api.PUT("/me/kiosk-pin", h.SetKioskPIN)
	api.POST("/kiosks", h.EnrollKiosk)

	api.GET("/timesheets/mine", h.ListMyTimesheets)
	api.GET("/timesheets/approvals", h.ListApprovals)
	api.POST("/timesheets/import/bundle", h.ImportBundle)
	api.POST("/timesheets/import/clock", h.ImportClockExport)
	api.POST("/timesheets/import/xml", h.ImportXML)
	api.GET("/timesheets/draft", h.LoadDraft)
	api.PUT("/timesheets/draft", h.SaveDraft)
	api.POST("/audit/search", h.SearchAudit)
	api.GET("/audit/overtime", h.Overtime)
	api.GET("/audit/overruns", h.ScheduleOverruns)

	api.GET("/payroll/totals", h.PayRunTotals)
	api.POST("/payroll/export", h.ExportPayslip)
	api.POST("/payroll/rules/preview", h.PreviewRule)
	api.POST("/payroll/rules/apply", h.ApplyRule)
	api.GET("/payslips/files/:file", h.DownloadPayslip)
	api.GET("/payslips/view/:id", h.ViewPayslip)
	api.GET("/documents", h.ListDocuments)
	api.GET("/documents/file", h.GetDocument)
	api.POST("/documents", h.UploadDocument)

	api.POST("/notifications/reminders/preview", h.PreviewReminder)
	api.GET("/notifications/digest", h.Digest)
	api.POST("/integrations/webhooks/test", h.TestWebhook)
	api.POST("/integrations/notices", h.SendNotice)
	return r
}
