package main

import (
	"log/slog"
	"os"

	"github.com/hibiken/asynq"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/jmoiron/sqlx"

	"github.com/stillriver/stillriver/internal/clients"
	"github.com/stillriver/stillriver/internal/config"
	"github.com/stillriver/stillriver/internal/convert"
	"github.com/stillriver/stillriver/internal/events"
	"github.com/stillriver/stillriver/internal/repo"
	"github.com/stillriver/stillriver/internal/storage"
	"github.com/stillriver/stillriver/internal/tasks"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	cfg := config.Load()

	db, err := sqlx.Connect("pgx", cfg.DatabaseURL)
	if err != nil {
		log.Error("connect db", "err", err)
		os.Exit(1)
	}
	defer db.Close()

	rt, err := clients.NewWebhookTransport(cfg.WebhookCAFile)
	if err != nil {
		log.Error("webhook transport", "err", err)
		os.Exit(1)
	}
	converter := convert.New(cfg.ConvertTimeout)
	worker := &tasks.Worker{
		Bookings:  repo.NewBookingRepo(db),
		Reports:   repo.NewReportRepo(db.DB),
		Webhooks:  clients.NewWebhookClient(rt, []byte(os.Getenv("STILLRIVER_WEBHOOK_SIGNING_KEY"))),
		Converter: converter,
		ExportDir: cfg.ExportDir,
		Log:       log,
	}

	nc, err := events.Connect(cfg.NATSURL)
	if err != nil {
		log.Error("connect nats", "err", err)
		os.Exit(1)
	}
	defer nc.Close()
	sub := &events.Subscriber{
		NC:          nc,
		Documents:   storage.NewDocumentStore(cfg.DocumentRoot, cfg.ArchiveDir),
		Converter:   converter,
		Inspections: repo.NewInspectionRepo(db),
		PhotoRoot:   cfg.PhotoRoot,
		Log:         log,
	}
	if err := sub.Start(); err != nil {
		log.Error("subscribe", "err", err)
		os.Exit(1)
	}
	defer sub.Stop()

	srv := asynq.NewServer(
		asynq.RedisClientOpt{Addr: cfg.RedisAddr},
		asynq.Config{
			Concurrency: cfg.WorkerQueueSize,
			Queues:      map[string]int{"notifications": 6, "documents": 3, "reports": 1},
		},
	)
	mux := asynq.NewServeMux()
	worker.Register(mux)
	if err := srv.Run(mux); err != nil {
		log.Error("asynq", "err", err)
		os.Exit(1)
	}
}
