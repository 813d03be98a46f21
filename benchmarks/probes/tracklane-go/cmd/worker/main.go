// Command worker runs the Kafka consumers for telemetry, detector alarms, status changes and jobs.
package main

import (
	"context"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/IBM/sarama"

	"github.com/tracklane/tracklane/internal/clients"
	"github.com/tracklane/tracklane/internal/config"
	"github.com/tracklane/tracklane/internal/consumers"
	"github.com/tracklane/tracklane/internal/notify"
	"github.com/tracklane/tracklane/internal/platform"
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

	wagonRepo := repository.NewWagonRepository(db)
	telemetryRepo := repository.NewTelemetryRepository(db)
	maintRepo := repository.NewMaintenanceRepository(platform.Goqu(db))
	accountRepo := repository.NewAccountRepository(db)
	templateRepo := repository.NewTemplateRepository(db)
	webhookRepo := repository.NewWebhookRepository(db)

	wagons := service.NewWagonService(wagonRepo, telemetryRepo, publisher, rdb)
	events := &consumers.EventHandlers{
		Telemetry:   service.NewTelemetryService(wagonRepo, telemetryRepo, clients.NewTelematicsClient(cfg), cfg.TelematicsFeedHosts, logger),
		Maintenance: service.NewMaintenanceService(maintRepo, wagons, logger),
		Webhooks:    service.NewWebhookService(webhookRepo, clients.NewWebhookDispatcher(), clients.NewETAClient(cfg.ETAServiceURL), logger),
		Wagons:      wagons,
		Accounts:    accountRepo,
		Mailer:      notify.NewMailer(notify.NewRenderer(templateRepo, cfg), cfg),
		PortalURL:   "https://portal.tracklane.io",
		Log:         logger,
	}
	jobs := &consumers.JobHandlers{
		Exporter: &tools.Exporter{
			DatabaseURL: cfg.DatabaseURL,
			ExportDir:   cfg.ExportDir,
			ArchiveDir:  cfg.ArchiveDir,
			PhotoRoot:   cfg.PhotoRoot,
		},
		Log: logger,
	}

	router := consumers.NewRouter(logger)
	router.Handle(platform.TopicTelemetry, events.TelemetryMessage)
	router.Handle(platform.TopicDefects, events.DefectMessage)
	router.Handle(platform.TopicStatusChanges, events.StatusMessage)
	router.Handle(platform.TopicJobs, jobs.JobMessage)

	group, err := sarama.NewConsumerGroup(cfg.KafkaBrokers, cfg.KafkaGroup, platform.ConsumerConfig())
	if err != nil {
		log.Fatal(err)
	}
	defer group.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger.Info("worker started", "topics", router.Topics())
	if err := consumers.Run(ctx, group, router); err != nil {
		log.Fatal(err)
	}
}
