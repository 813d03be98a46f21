package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/curbwatch/curbwatch/internal/auth"
	"github.com/curbwatch/curbwatch/internal/clients"
	"github.com/curbwatch/curbwatch/internal/config"
	"github.com/curbwatch/curbwatch/internal/database"
	"github.com/curbwatch/curbwatch/internal/handheld"
	"github.com/curbwatch/curbwatch/internal/http/fiberapi"
	"github.com/curbwatch/curbwatch/internal/queue"
	"github.com/curbwatch/curbwatch/internal/repository"
	"github.com/curbwatch/curbwatch/internal/service"
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

	pub := queue.NewPublisher(cfg.Kafka.Brokers, cfg.Kafka.EvidenceTopic, cfg.Kafka.CitationTopic)
	defer pub.Close()

	tokens, err := auth.NewTokenService(cfg.Service.PublicBaseURL)
	if err != nil {
		log.Error("tokens", "err", err)
		os.Exit(1)
	}
	directory, err := auth.NewDirectory(cfg.LDAP)
	if err != nil {
		log.Error("directory", "err", err)
		os.Exit(1)
	}

	citationRepo := repository.NewCitationRepository(db.SQL)
	appealRepo := repository.NewAppealRepository(db.SQL)
	notices, err := service.NewNoticeService(cfg.Notices, citationRepo, filepath.Join("templates", "notices"))
	if err != nil {
		log.Error("notices", "err", err)
		os.Exit(1)
	}
	dmv := clients.NewDMVClient(cfg.DMV)

	h := &fiberapi.Handlers{
		Citations: service.NewCitationService(citationRepo, pub, cfg.Kafka.CitationTopic, cfg.Storage.EvidenceDir, cfg.Storage.ReceiptsDir),
		Appeals:   service.NewAppealService(appealRepo, citationRepo, notices),
		Evidence:  service.NewEvidenceService(citationRepo, dmv, pub, cfg.Kafka.EvidenceTopic, cfg.Storage.ImportDir, cfg.Storage.EvidenceDir),
		Handheld:  service.NewHandheldService(handheld.NewIndex(cfg.Storage.HandheldDir), cfg.Storage.ImportDir),
		Officers:  service.NewOfficerService(directory, tokens),
		Notices:   notices,
		Tokens:    tokens,
		Log:       log,
	}
	app := fiberapi.NewApp(h, cfg.HTTP.CORSSuffix)

	go func() {
		<-ctx.Done()
		_ = app.Shutdown()
	}()
	log.Info("citations api listening", "addr", cfg.HTTP.CitationsAddr)
	if err := app.Listen(cfg.HTTP.CitationsAddr); err != nil {
		log.Error("listen", "err", err)
		os.Exit(1)
	}
}
