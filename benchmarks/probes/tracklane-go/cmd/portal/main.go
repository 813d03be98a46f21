// Command portal runs the Tracklane operator portal.
package main

import (
	"log"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/beego/beego/v2/server/web"

	"github.com/tracklane/tracklane/internal/auth"
	"github.com/tracklane/tracklane/internal/config"
	"github.com/tracklane/tracklane/internal/notify"
	"github.com/tracklane/tracklane/internal/platform"
	"github.com/tracklane/tracklane/internal/portal/controllers"
	"github.com/tracklane/tracklane/internal/portal/routers"
	"github.com/tracklane/tracklane/internal/repository"
	"github.com/tracklane/tracklane/internal/service"
	"github.com/tracklane/tracklane/internal/tools"
)

func main() {
	cfg := config.Load()
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	db, err := platform.OpenPostgres(cfg.DatabaseURL)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	rdb, err := platform.OpenRedis(cfg.RedisAddr, cfg.RedisPassword)
	if err != nil {
		log.Fatal(err)
	}
	publisher, err := platform.NewPublisher(cfg.KafkaBrokers)
	if err != nil {
		log.Fatal(err)
	}
	defer publisher.Close()

	tokens, err := auth.NewTokenService(cfg)
	if err != nil {
		log.Fatal(err)
	}

	wagonRepo := repository.NewWagonRepository(db)
	telemetryRepo := repository.NewTelemetryRepository(db)
	maintRepo := repository.NewMaintenanceRepository(platform.Goqu(db))
	accountRepo := repository.NewAccountRepository(db)
	templateRepo := repository.NewTemplateRepository(db)
	reportRepo := repository.NewReportRepository(db)

	mailer := notify.NewMailer(notify.NewRenderer(templateRepo, cfg), cfg)
	wagons := service.NewWagonService(wagonRepo, telemetryRepo, publisher, rdb)

	controllers.Configure(controllers.Deps{
		Config:      cfg,
		Auth:        service.NewAuthService(auth.NewDirectory(cfg), accountRepo, tokens, mailer, "https://portal.tracklane.io"),
		Wagons:      wagons,
		Maintenance: service.NewMaintenanceService(maintRepo, wagons, logger),
		Documents:   service.NewDocumentService(cfg.DocumentRoot, cfg.ManualsRoot, cfg.PhotoRoot, cfg.UploadDir, maintRepo),
		Reports:     service.NewReportService(reportRepo, &tools.PDFRenderer{OutDir: cfg.ReportOutDir, Timeout: 90 * time.Second}, publisher, os.TempDir()),
		Templates:   templateRepo,
	})

	web.BConfig.AppName = "tracklane-portal"
	web.BConfig.RunMode = web.PROD
	web.BConfig.CopyRequestBody = true
	web.BConfig.MaxMemory = 64 << 20
	web.BConfig.WebConfig.ViewsPath = "views"
	web.BConfig.WebConfig.Session.SessionOn = true
	web.BConfig.WebConfig.Session.SessionName = "tracklane_sid"
	web.BConfig.WebConfig.Session.SessionGCMaxLifetime = 8 * 3600
	web.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteLaxMode
	web.BConfig.WebConfig.EnableXSRF = true
	web.BConfig.WebConfig.XSRFKey = os.Getenv("PORTAL_XSRF_KEY")
	web.BConfig.WebConfig.XSRFExpire = 3600

	routers.Init()
	web.Run(cfg.PortalAddr)
}
