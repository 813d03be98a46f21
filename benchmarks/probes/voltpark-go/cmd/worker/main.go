package main

import (
	"context"
	"flag"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/voltpark/platform/internal/config"
	"github.com/voltpark/platform/internal/events"
	"github.com/voltpark/platform/internal/queue"
	"github.com/voltpark/platform/internal/render"
	"github.com/voltpark/platform/internal/repository"
	"github.com/voltpark/platform/internal/store"
	"github.com/voltpark/platform/internal/worker"
)

func main() {
	cfgPath := flag.String("config", "/etc/voltpark/worker.yaml", "path to the configuration file")
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
	renderer, err := render.New(cfg.TemplateDir)
	if err != nil {
		log.Fatalf("templates: %v", err)
	}

	reports := worker.NewReportJob(repository.NewReportRepo(st.SQLX), cfg.ReportDir)
	firmware := worker.NewFirmwareJob(cfg.FirmwareDir, cfg.SignTool, filepath.Join(cfg.DataDir, "firmware-verify.log"))
	notify := worker.NewNotifyJob(repository.NewTicketStore(st.Mongo), repository.NewFleetRepo(st.SQLX), renderer, cfg.SMTPRelay, cfg.MailFrom)

	c := worker.NewConsumer(cfg.KafkaBrokers, cfg.KafkaGroupID, tlsCfg)
	c.Handle(events.TopicReportRequested, reports.Handle)
	c.Handle(events.TopicFirmwareUploaded, firmware.HandleUpload)
	c.Handle(events.TopicVendorRelease, firmware.HandleVendorRelease)
	c.Handle(events.TopicTicketCreated, notify.HandleTicketCreated)

	log.Printf("voltpark worker consuming from %v", cfg.KafkaBrokers)
	if err := c.Run(ctx); err != nil {
		log.Fatalf("consumer: %v", err)
	}
}
