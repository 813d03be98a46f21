// Command partner runs the Echo API used by grain buyers and the railroad.
package main

import (
	"context"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/siloworks/elevator/internal/clients"
	"github.com/siloworks/elevator/internal/config"
	"github.com/siloworks/elevator/internal/partner"
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
	queue := tasks.NewQueue(cfg.RedisAddr)
	defer queue.Close()

	carrier, err := clients.NewCarrierClient(cfg.CarrierBaseURL, "/etc/siloworks/carrier-ca.pem")
	if err != nil {
		log.Fatal(err)
	}
	policy := security.NewCallbackPolicy("edi.bnsf-partner.example.com", "hooks.cargill-partner.example.com", "ops.adm-partner.example.com")

	srv := &partner.Server{
		Contracts: service.NewContractService(repository.NewContractRepo(db.ORM), clients.NewMarketClient(cfg.MarketBaseURL, os.Getenv("SILO_MARKET_API_KEY"))),
		Webhooks:  service.NewWebhookService(repository.NewWebhookRepo(db.SQL), clients.NewNotifier()),
		Rail:      service.NewRailService(repository.NewRailCarRepo(db.Pool), carrier, queue, policy, filepath.Join(cfg.DataDir, "rail")),
		Docs:      service.NewDocumentService(filepath.Join(cfg.DataDir, "partner-docs"), cfg.ExportDir),
		Keys:      security.NewPartnerKeys(cfg.PartnerJWKSPath),
		Landing: map[string]string{
			"cargill": "https://hooks.cargill-partner.example.com/siloworks/connected",
			"adm":     "https://ops.adm-partner.example.com/integrations/siloworks",
		},
	}
	e := srv.Echo()
	e.Server.ReadHeaderTimeout = 10 * time.Second
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = e.Shutdown(shutdown)
	}()
	if err := e.Start(cfg.PartnerAddr); err != nil {
		log.Printf("partner api stopped: %v", err)
	}
}
