package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/curbwatch/curbwatch/internal/auth"
	"github.com/curbwatch/curbwatch/internal/clients"
	"github.com/curbwatch/curbwatch/internal/config"
	"github.com/curbwatch/curbwatch/internal/database"
	"github.com/curbwatch/curbwatch/internal/http/portal"
	"github.com/curbwatch/curbwatch/internal/queue"
	"github.com/curbwatch/curbwatch/internal/repository"
	"github.com/curbwatch/curbwatch/internal/service"
	"github.com/curbwatch/curbwatch/internal/storage"
	"github.com/curbwatch/curbwatch/internal/view"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	cfg := config.MustLoad()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := database.Open(ctx, cfg.Database)
	if err != nil {
		log.Error("database", "err", err)
		os.Exit(1)
	}
	defer db.Close()

	sessionKey := []byte(os.Getenv("CURBWATCH_SESSION_KEY"))
	if len(sessionKey) < 32 {
		log.Error("CURBWATCH_SESSION_KEY must be at least 32 bytes")
		os.Exit(1)
	}
	sso, err := auth.NewSSOVerifier(ctx, cfg.Auth.StaffIssuer, cfg.Auth.StaffJWKSURL)
	if err != nil {
		log.Error("sso", "err", err)
		os.Exit(1)
	}
	renderer, err := view.New(filepath.Join("templates", "portal"), log)
	if err != nil {
		log.Error("templates", "err", err)
		os.Exit(1)
	}

	pub := queue.NewPublisher(cfg.Kafka.Brokers, cfg.Kafka.CitationTopic)
	defer pub.Close()

	citationRepo := repository.NewCitationRepository(db.SQL)
	permitRepo := repository.NewPermitRepository(db.Pool)
	vehicleRepo := repository.NewVehicleRepository(db.Bun)
	fleetRepo := repository.NewFleetRepository(db.Pool)
	reportRepo := repository.NewReportRepository(db.Pool)
	appealRepo := repository.NewAppealRepository(db.SQL)
	docs := storage.NewDocumentStore(cfg.Storage.DocumentsDir, cfg.Storage.ReportsDir)
	httpc := clients.NewHTTPClient(cfg.HTTP.ProcessorHosts)

	notices, err := service.NewNoticeService(cfg.Notices, citationRepo, filepath.Join("templates", "notices"))
	if err != nil {
		log.Error("notices", "err", err)
		os.Exit(1)
	}

	srv := &portal.Server{
		Permits:   service.NewPermitService(permitRepo, vehicleRepo, docs, httpc, clients.NewGeocoder(cfg.Geocoder)),
		Appeals:   service.NewAppealService(appealRepo, citationRepo, notices),
		Citations: service.NewCitationService(citationRepo, pub, cfg.Kafka.CitationTopic, cfg.Storage.EvidenceDir, cfg.Storage.ReceiptsDir),
		Fleets:    service.NewFleetService(fleetRepo, vehicleRepo),
		Reports:   service.NewReportService(reportRepo, cfg.Storage.ReportsDir, renderer.Templates()),
		Notices:   notices,
		Docs:      docs,
		View:      renderer,
		SSO:       sso,
		Sessions:  auth.NewSessionCodec(sessionKey),
		Log:       log,
	}

	httpSrv := &http.Server{
		Addr:              cfg.HTTP.PortalAddr,
		Handler:           srv.Routes(cfg.HTTP.AllowedOrigins),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
	}
	go func() {
		<-ctx.Done()
		shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = httpSrv.Shutdown(shutdownCtx)
	}()
	log.Info("permit portal listening", "addr", cfg.HTTP.PortalAddr)
	if err := httpSrv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Error("listen", "err", err)
		os.Exit(1)
	}
}
