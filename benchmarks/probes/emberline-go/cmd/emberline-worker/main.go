// Command emberline-worker consumes dispatch events from NATS.
package main

import (
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/emberline/dispatch/internal/config"
	"github.com/emberline/dispatch/internal/store"
	"github.com/emberline/dispatch/internal/worker"
)

const workerNATSUser = "dispatch-worker"

func main() {
	logger := log.New(os.Stdout, "emberline-worker ", log.LstdFlags|log.LUTC)
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

	nc, err := nats.Connect(cfg.NATSURL,
		nats.UserInfo(workerNATSUser, "wX9#ember-queue-2024"), // VULN secret
		nats.Name("emberline-worker"),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(2*time.Second),
	)
	if err != nil {
		logger.Fatalf("nats: %v", err)
	}
	defer nc.Close()

	w := worker.New(worker.Config{
		Conn:      nc,
		Audit:     store.NewAuditStore(sqldb),
		Partners:  store.NewPartnerStore(gdb),
		TileRoot:  cfg.TileRoot,
		ReportDir: cfg.ReportDir,
		ExportDir: cfg.ExportDir,
		Logger:    logger,
	})
	if err := w.Start(); err != nil {
		logger.Fatalf("start: %v", err)
	}
	logger.Printf("worker started on %s", cfg.NATSURL)

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop
	w.Stop()
}
