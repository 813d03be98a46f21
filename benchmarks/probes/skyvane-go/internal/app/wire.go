// Package app wires repositories and services for the Skyvane binaries.
package app

import (
	"context"
	"fmt"
	"log/slog"
	"net/smtp"
	"os"
	"path/filepath"

	"github.com/nats-io/nats.go"

	"github.com/skyvane/skyvane/internal/config"
	"github.com/skyvane/skyvane/internal/db"
	"github.com/skyvane/skyvane/internal/feeds"
	"github.com/skyvane/skyvane/internal/queue"
	"github.com/skyvane/skyvane/internal/repository"
	"github.com/skyvane/skyvane/internal/service"
	"github.com/skyvane/skyvane/internal/util"
)

type App struct {
	Cfg  *config.Config
	Log  *slog.Logger
	DB   *db.Handles
	NATS *nats.Conn
	Jobs *queue.Publisher

	Queries  *repository.Queries
	Auth     *service.AuthService
	Admin    *service.AdminAuthService
	Stations *service.StationService
	Readings *service.ReadingService
	Alerts   *service.AlertService
	Partners *service.PartnerService
	Feeds    *service.FeedService
	Forecast *service.ForecastService
	Exports  *service.ExportService
	Radar    *service.RadarService
	Pages    *service.PageService
	Notify   *service.NotifyService
	Calib    *service.CalibrationService
	Ops      *service.OpsService
	Bundles  *service.BundleService
}

func New(ctx context.Context, name string) (*App, error) {
	cfg, err := config.Load()
	if err != nil {
		return nil, err
	}
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil)).With("svc", name)

	h, err := db.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	nc, err := queue.Connect(cfg.NATSURL, "skyvane-"+name)
	if err != nil {
		return nil, fmt.Errorf("nats: %w", err)
	}
	jobs := queue.NewPublisher(nc, cfg.Auth.JobSigningKey)

	stationRepo := repository.NewStationRepo(h.Gorm)
	readingRepo := repository.NewReadingRepo(h.SQL)
	forecastRepo := repository.NewForecastRepo(h.Gorm)
	alertRepo := repository.NewAlertRepo(h.Mongo)
	q := repository.New(h.SQL)

	partnerHTTP := util.NewPartnerClient(cfg.Feeds.Timeout)
	plainHTTP := util.NewHTTPClient(cfg.Feeds.Timeout)

	a := &App{Cfg: cfg, Log: log, DB: h, NATS: nc, Jobs: jobs, Queries: q}
	a.Stations = service.NewStationService(stationRepo)
	a.Readings = service.NewReadingService(readingRepo, stationRepo, jobs)
	a.Alerts = service.NewAlertService(alertRepo, stationRepo, jobs)
	a.Feeds = service.NewFeedService(q, partnerHTTP, cfg.Feeds.AllowedHosts,
		feeds.NewMetnetClient(cfg.Feeds.MetnetBase, plainHTTP),
		filepath.Join(cfg.Storage.ScratchDir, "network-feed.xml"))
	a.Partners = service.NewPartnerService(q, a.Feeds, cfg.Storage.ReportDir)
	a.Forecast = service.NewForecastService(forecastRepo, q)
	a.Exports = service.NewExportService(cfg.Storage.ExportDir, readingRepo, stationRepo)
	a.Radar = service.NewRadarService(cfg.Storage.RadarDir, cfg.Storage.ScratchDir, jobs)
	a.Auth = service.NewAuthService(h.Gorm, cfg.Auth)
	a.Admin = service.NewAdminAuthService(h.Gorm, service.NewDirectoryService(cfg.LDAP), cfg.Auth.JWTSecret)
	a.Calib = service.NewCalibrationService(readingRepo, stationRepo)
	a.Ops = service.NewOpsService()
	a.Bundles = service.NewBundleService(cfg.Storage.CalibrationDir, cfg.Storage.FirmwareDir)

	if a.Pages, err = service.NewPageService(a.Stations, a.Partners, a.Forecast, a.Alerts, a.Feeds); err != nil {
		return nil, err
	}
	if a.Notify, err = service.NewNotifyService(a.Partners, a.Alerts, a.Stations, partnerHTTP, plainHTTP,
		cfg.Feeds.SlackWebhook, cfg.HTTP.PublicURL, []byte(cfg.Auth.JobSigningKey)); err != nil {
		return nil, err
	}
	return a, nil
}

// Mail sends a plain-text message through the configured SMTP relay.
func (a *App) Mail(to, subject, body string) error {
	host := os.Getenv("SKYVANE_SMTP_HOST")
	if host == "" {
		a.Log.Warn("SMTP not configured, dropping mail", "to", to, "subject", subject)
		return nil
	}
	msg := "From: Skyvane <no-reply@skyvane.io>\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body
	return smtp.SendMail(host+":587", nil, "no-reply@skyvane.io", []string{to}, []byte(msg))
}

func (a *App) Close(ctx context.Context) {
	a.NATS.Close()
	a.DB.Close(ctx)
}
