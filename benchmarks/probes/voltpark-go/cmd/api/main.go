package main

import (
	"context"
	"errors"
	"flag"
	"log"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/voltpark/platform/internal/auth"
	"github.com/voltpark/platform/internal/config"
	"github.com/voltpark/platform/internal/httpapi"
	"github.com/voltpark/platform/internal/queue"
	"github.com/voltpark/platform/internal/render"
	"github.com/voltpark/platform/internal/repository"
	"github.com/voltpark/platform/internal/service"
	"github.com/voltpark/platform/internal/store"
)

func main() {
	cfgPath := flag.String("config", "/etc/voltpark/api.yaml", "path to the configuration file")
	flag.Parse()

	cfg, err := config.Load(*cfgPath)
	if err != nil {
		log.Fatalf("config: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	st, err := store.Open(ctx, cfg.PostgresDSN, cfg.MongoURI, cfg.MongoDatabase)
	if err != nil {
		log.Fatalf("store: %v", err)
	}
	defer st.Close(context.Background())

	tlsCfg, err := queue.TLSConfig(cfg.KafkaCAFile)
	if err != nil {
		log.Fatalf("kafka tls: %v", err)
	}
	pub := queue.NewPublisher(cfg.KafkaBrokers, tlsCfg)
	defer pub.Close()

	renderer, err := render.New(cfg.TemplateDir)
	if err != nil {
		log.Fatalf("templates: %v", err)
	}
	billingURL, err := url.Parse(cfg.BillingURL)
	if err != nil || billingURL.Host == "" {
		log.Fatalf("billing_url must be an absolute URL")
	}

	chargerRepo := repository.NewChargerRepo(st.SQLX)
	sessionRepo := repository.NewSessionRepo(st.Pool)
	fleetRepo := repository.NewFleetRepo(st.SQLX)
	issuer := auth.NewIssuer([]byte(cfg.JWTSecret), cfg.JWTIssuer, 12*time.Hour)

	deps := httpapi.Deps{
		Chargers:      service.NewChargerService(chargerRepo, cfg.PhotoDir),
		Sessions:      service.NewSessionService(sessionRepo, pub),
		Tariffs:       service.NewTariffService(repository.NewTariffRepo(st.SQL)),
		Fleet:         service.NewFleetService(fleetRepo, service.NewWebhookNotifier(10*time.Second)),
		Tickets:       service.NewTicketService(repository.NewTicketStore(st.Mongo), pub),
		Reports:       service.NewReportService(repository.NewReportRepo(st.SQLX), pub, cfg.ReportDir),
		Diagnostics:   service.NewDiagnosticsService(cfg.DiagnosticsDir),
		Firmware:      service.NewFirmwareService(cfg.FirmwareDir, cfg.VendorCDNs, pub),
		Invoices:      service.NewInvoiceService(fleetRepo, sessionRepo),
		Staff:         service.NewStaffService(auth.NewDirectory(cfg.LDAPURL, cfg.LDAPBaseDN), issuer),
		Issuer:        issuer,
		Kiosk:         auth.NewKioskCodec([]byte(cfg.KioskCookieKey)),
		Renderer:      renderer,
		BillingURL:    billingURL,
		PortalBaseURL: cfg.PortalBaseURL,
	}

	srv := &http.Server{
		Addr:              cfg.HTTPAddr,
		Handler:           httpapi.NewRouter(deps),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
	}
	go func() {
		<-ctx.Done()
		shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
		defer cancel()
		_ = srv.Shutdown(shutdownCtx)
	}()

	log.Printf("voltpark api listening on %s", cfg.HTTPAddr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatalf("http: %v", err)
	}
}
