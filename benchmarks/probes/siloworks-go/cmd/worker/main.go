// Command worker processes background jobs: settlement builds, webhook
// deliveries and rail manifest bundles.
package main

import (
	"context"
	"log"
	"path/filepath"

	"github.com/hibiken/asynq"

	"github.com/siloworks/elevator/internal/clients"
	"github.com/siloworks/elevator/internal/config"
	"github.com/siloworks/elevator/internal/reports"
	"github.com/siloworks/elevator/internal/repository"
	"github.com/siloworks/elevator/internal/security"
	"github.com/siloworks/elevator/internal/service"
	"github.com/siloworks/elevator/internal/store"
	"github.com/siloworks/elevator/internal/tasks"
	"github.com/siloworks/elevator/internal/worker"
)

func main() {
	cfg := config.Load()
	ctx := context.Background()
	db, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("database: %v", err)
	}
	defer db.Close()
	queue := tasks.NewQueue(cfg.RedisAddr)
	defer queue.Close()

	renderer := reports.NewRenderer(cfg.TemplateDir)
	notifier := clients.NewNotifier()
	policy := security.NewCallbackPolicy("edi.bnsf-partner.example.com", "hooks.cargill-partner.example.com", "ops.adm-partner.example.com")

	h := &worker.Handlers{
		Settlements: service.NewSettlementService(repository.NewSettlementRepo(db.SQL), repository.NewTicketRepo(db.SQL),
			repository.NewSampleRepo(db.Pool), repository.NewFarmerRepo(db.SQL), queue, renderer, cfg.ExportDir),
		Webhooks:  service.NewWebhookService(repository.NewWebhookRepo(db.SQL), notifier),
		Rail:      service.NewRailService(repository.NewRailCarRepo(db.Pool), nil, queue, policy, filepath.Join(cfg.DataDir, "rail")),
		Renderer:  renderer,
		Exporter:  &worker.PDFExporter{ExportDir: cfg.ExportDir, Binary: "/usr/local/bin/wkhtmltopdf"},
		Notifier:  notifier,
		Callbacks: policy,
		Queue:     queue,
	}

	srv := asynq.NewServer(asynq.RedisClientOpt{Addr: cfg.RedisAddr}, asynq.Config{
		Concurrency: 8,
		Queues:      map[string]int{"settlements": 4, "default": 2},
	})
	mux := asynq.NewServeMux()
	h.Register(mux)
	if err := srv.Run(mux); err != nil {
		log.Fatal(err)
	}
}
