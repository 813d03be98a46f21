// Command api runs the main Siloworks HTTP API (scale house, lab, office and
// farmer portal).
package main

import (
	"context"
	"errors"
	"log"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/siloworks/elevator/internal/api"
	"github.com/siloworks/elevator/internal/clients"
	"github.com/siloworks/elevator/internal/config"
	"github.com/siloworks/elevator/internal/devices"
	"github.com/siloworks/elevator/internal/reports"
	"github.com/siloworks/elevator/internal/repository"
	"github.com/siloworks/elevator/internal/security"
	"github.com/siloworks/elevator/internal/service"
	"github.com/siloworks/elevator/internal/store"
	"github.com/siloworks/elevator/internal/tasks"
)

func main() {
	cfg := config.Load()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("database: %v", err)
	}
	defer db.Close()
	mongoDB, err := store.OpenMongo(ctx, cfg.MongoURI, cfg.MongoDatabase)
	if err != nil {
		log.Fatalf("mongo: %v", err)
	}
	queue := tasks.NewQueue(cfg.RedisAddr)
	defer queue.Close()

	issuer, err := security.NewTokenIssuer(cfg.JWTSigningKey, 12*time.Hour)
	if err != nil {
		log.Fatal(err)
	}
	codec, err := security.NewSessionCodec(cfg.SessionKey)
	if err != nil {
		log.Fatal(err)
	}
	marketKey := os.Getenv("SILO_MARKET_API_KEY") // SAFE secret
	if marketKey == "" {
		log.Fatal("SILO_MARKET_API_KEY is not set")
	}

	tickets := repository.NewTicketRepo(db.SQL)
	samples := repository.NewSampleRepo(db.Pool)
	contracts := repository.NewContractRepo(db.ORM)
	settlements := repository.NewSettlementRepo(db.SQL)
	farmers := repository.NewFarmerRepo(db.SQL)
	events := repository.NewEventsRepo(mongoDB)

	spooler := devices.NewSpooler(filepath.Join(cfg.DataDir, "spool"), cfg.LabelPrinters)
	meter := &devices.Meter{Binary: "/opt/dickey-john/bin/gac-cli"}
	renderer := reports.NewRenderer(cfg.TemplateDir)

	srv := &api.Server{
		Cfg:         cfg,
		Tickets:     service.NewTicketService(tickets, events, queue, spooler, cfg.PhotoDir),
		Grading:     service.NewGradingService(samples, tickets, meter, filepath.Join(cfg.DataDir, "probe-images")),
		Contracts:   service.NewContractService(contracts, clients.NewMarketClient(cfg.MarketBaseURL, marketKey)),
		Settlements: service.NewSettlementService(settlements, tickets, samples, farmers, queue, renderer, cfg.ExportDir),
		Auth:        service.NewAuthService(farmers, codec),
		Scales:      clients.NewScaleClient(cfg.ScaleHosts),
		Issuer:      issuer,
	}

	httpSrv := &http.Server{Addr: cfg.HTTPAddr, Handler: srv.Router(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = httpSrv.Shutdown(shutdown)
	}()
	log.Printf("siloworks api listening on %s", cfg.HTTPAddr)
	if err := httpSrv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}
