// Command emberline-api serves the operations console, the internal REST
// API and the partner API.
package main

import (
	"context"
	"errors"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/emberline/dispatch/internal/clients"
	"github.com/emberline/dispatch/internal/config"
	"github.com/emberline/dispatch/internal/events"
	"github.com/emberline/dispatch/internal/httpapi"
	"github.com/emberline/dispatch/internal/partnerapi"
	"github.com/emberline/dispatch/internal/service"
	"github.com/emberline/dispatch/internal/store"
	"github.com/emberline/dispatch/internal/tokens"
)

func main() {
	logger := log.New(os.Stdout, "emberline-api ", log.LstdFlags|log.LUTC)
	cfg, err := config.Load()
	if err != nil {
		logger.Fatalf("config: %v", err)
	}

	gdb, err := store.OpenGorm(cfg.PostgresDSN)
	if err != nil {
		logger.Fatalf("postgres: %v", err)
	}
	sqldb, err := store.OpenSQL(cfg.PostgresDSN)
	if err != nil {
		logger.Fatalf("postgres: %v", err)
	}
	defer sqldb.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	mongoClient, err := mongo.Connect(ctx, options.Client().ApplyURI(cfg.MongoURI))
	cancel()
	if err != nil {
		logger.Fatalf("mongo: %v", err)
	}

	nc, err := nats.Connect(cfg.NATSURL, nats.UserInfo(cfg.NATSUser, cfg.NATSPassword), nats.Name("emberline-api"))
	if err != nil {
		logger.Fatalf("nats: %v", err)
	}
	defer nc.Drain()

	partnerPEM, err := os.ReadFile(cfg.PartnerKeyPEM)
	if err != nil {
		logger.Fatalf("partner key: %v", err)
	}
	verifier, err := tokens.NewVerifier(partnerPEM, cfg.JWTKey, cfg.TokenIssuer)
	if err != nil {
		logger.Fatalf("tokens: %v", err)
	}

	pub := events.NewPublisher(nc)
	incidentStore := store.NewIncidentStore(gdb)
	auditStore := store.NewAuditStore(sqldb)
	partnerStore := store.NewPartnerStore(gdb)
	directory := clients.NewDirectory(cfg.LDAPURL, cfg.LDAPBaseDN, cfg.LDAPBindDN, cfg.LDAPBindPassword, cfg.LDAPServerName)

	incidents := service.NewIncidentService(incidentStore, store.NewZoneStore(gdb), pub)
	crews := service.NewCrewService(store.NewCrewStore(gdb), directory, store.NewTelemetryStore(mongoClient, cfg.MongoDatabase))
	tileSvc := service.NewTileService(cfg.TileRoot, cfg.SpoolDir, cfg.GDALBin, cfg.Layers)
	alerts := service.NewAlertService()
	partners := service.NewPartnerService(partnerStore, pub)

	srv, err := httpapi.NewServer(httpapi.Deps{
		Config:    cfg,
		Incidents: incidents,
		Crews:     crews,
		Tiles:     tileSvc,
		Weather:   service.NewWeatherService(clients.NewWeatherClient(cfg.WeatherAPIKey)),
		Alerts:    alerts,
		Auth:      service.NewAuthService(store.NewUserStore(gdb), directory, verifier, cfg.PrefsKey),
		Reports:   service.NewReportService(cfg.ReportDir, cfg.ExportDir, cfg.PDFBin, incidentStore, auditStore),
		Tokens:    verifier,
		Logger:    logger,
	})
	if err != nil {
		logger.Fatalf("http: %v", err)
	}
	partnerAPI := partnerapi.New(partners, incidents, crews, alerts, tileSvc, verifier, cfg.AllowedOrigins)

	servers := []*http.Server{
		{Addr: cfg.HTTPAddr, Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second},
		{Addr: cfg.PartnerAddr, Handler: partnerAPI.Router(), ReadHeaderTimeout: 10 * time.Second},
	}
	for _, s := range servers {
		go func(s *http.Server) {
			logger.Printf("listening on %s", s.Addr)
			if err := s.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
				logger.Fatalf("listen %s: %v", s.Addr, err)
			}
		}(s)
	}

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop
	shutdownCtx, done := context.WithTimeout(context.Background(), 20*time.Second)
	defer done()
	for _, s := range servers {
		_ = s.Shutdown(shutdownCtx)
	}
	_ = mongoClient.Disconnect(shutdownCtx)
}
