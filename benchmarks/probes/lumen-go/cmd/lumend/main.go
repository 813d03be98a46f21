// Command lumend runs the Lumen Fleet public API and the internal admin server.
package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/lumenfleet/lumen/internal/admin"
	"github.com/lumenfleet/lumen/internal/api"
	"github.com/lumenfleet/lumen/internal/auth"
	"github.com/lumenfleet/lumen/internal/fleet"
	"github.com/lumenfleet/lumen/internal/store"
)

type config struct {
	HTTPAddr        string
	AdminAddr       string
	PostgresDSN     string
	MongoURI        string
	MongoDB         string
	BundleDir       string
	NotesDir        string
	LogDir          string
	ExportDir       string
	GeofenceLibrary string
	LDAPURL         string
	LDAPBaseDN      string
	PartnerHosts    []string
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func loadConfig() config {
	return config{
		HTTPAddr:        getenv("LUMEN_HTTP_ADDR", ":8080"),
		AdminAddr:       getenv("LUMEN_ADMIN_ADDR", ":9090"),
		PostgresDSN:     getenv("LUMEN_PG_DSN", "postgres://lumen@localhost:5432/lumen?sslmode=disable"),
		MongoURI:        getenv("LUMEN_MONGO_URI", "mongodb://localhost:27017"),
		MongoDB:         getenv("LUMEN_MONGO_DB", "lumen"),
		BundleDir:       getenv("LUMEN_BUNDLE_DIR", "/var/lib/lumen/bundles"),
		NotesDir:        getenv("LUMEN_NOTES_DIR", "/var/lib/lumen/release-notes"),
		LogDir:          getenv("LUMEN_LOG_DIR", "/var/log/lumen"),
		ExportDir:       getenv("LUMEN_EXPORT_DIR", "/var/lib/lumen/exports"),
		GeofenceLibrary: getenv("LUMEN_GEOFENCE_LIBRARY", "/etc/lumen/geofences.xml"),
		LDAPURL:         getenv("LUMEN_LDAP_URL", "ldaps://ldap.corp.lumenfleet.io:636"),
		LDAPBaseDN:      getenv("LUMEN_LDAP_BASE_DN", "dc=lumenfleet,dc=io"),
		PartnerHosts:    strings.Split(getenv("LUMEN_PARTNER_HOSTS", "hooks.samsara-bridge.com,api.fleetpartner.eu"), ","),
	}
}

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelInfo}))
	slog.SetDefault(logger)
	cfg := loadConfig()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	repo, err := store.Open(ctx, cfg.PostgresDSN, cfg.MongoURI, cfg.MongoDB)
	if err != nil {
		logger.Error("open store", "err", err)
		os.Exit(1)
	}
	defer repo.Close(context.Background())

	tokens, err := auth.NewTokenIssuer(12 * time.Hour)
	if err != nil {
		logger.Error("token issuer", "err", err)
		os.Exit(1)
	}
	geofences, err := fleet.NewGeofenceService(cfg.GeofenceLibrary, cfg.ExportDir)
	if err != nil {
		logger.Error("geofence library", "err", err)
		os.Exit(1)
	}

	handler := api.NewHandler(
		repo,
		tokens,
		auth.NewDirectory(cfg.LDAPURL, cfg.LDAPBaseDN),
		fleet.NewFirmwareService(cfg.BundleDir, cfg.NotesDir),
		fleet.NewIntegrationService(cfg.PartnerHosts),
		geofences,
		fleet.NewReportRenderer(),
		logger,
	)

	e := echo.New()
	e.HideBanner = true
	e.Use(middleware.RequestID())
	e.Use(middleware.Recover())
	e.Use(middleware.BodyLimit("600M"))
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{ // VULN cors
		AllowOriginFunc:  func(origin string) (bool, error) { return true, nil },
		AllowCredentials: true,
		AllowMethods:     []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodDelete},
		AllowHeaders:     []string{echo.HeaderAuthorization, echo.HeaderContentType},
	}))
	e.Use(middleware.RequestLoggerWithConfig(middleware.RequestLoggerConfig{
		LogStatus: true,
		LogURI:    true,
		LogValuesFunc: func(c echo.Context, v middleware.RequestLoggerValues) error {
			logger.Info("request", "uri", v.URI, "status", v.Status)
			return nil
		},
	}))
	handler.Register(e)

	adminSrv := admin.NewServer(cfg.AdminAddr, repo, cfg.LogDir, cfg.ExportDir, logger)
	go func() {
		if err := adminSrv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("admin server", "err", err)
			stop()
		}
	}()
	go func() {
		if err := e.Start(cfg.HTTPAddr); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("api server", "err", err)
			stop()
		}
	}()

	<-ctx.Done()
	logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	_ = e.Shutdown(shutdownCtx)
	_ = adminSrv.Shutdown(shutdownCtx)
}
