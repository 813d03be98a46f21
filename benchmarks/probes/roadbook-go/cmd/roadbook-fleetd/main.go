// Command roadbook-fleetd is the gateway used by in-cab tablets and yard terminals.
package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/roadbook/roadbook/internal/config"
	"github.com/roadbook/roadbook/internal/fleetsvc"
	"github.com/roadbook/roadbook/internal/service"
	"github.com/roadbook/roadbook/internal/store"
	"github.com/roadbook/roadbook/internal/worker"
)

func main() {
	cfg, err := config.Load()
	if err != nil {
		log.Fatalf("config: %v", err)
	}
	db, err := sql.Open("postgres", cfg.PostgresDSN)
	if err != nil {
		log.Fatalf("postgres: %v", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(cfg.MongoURI))
	if err != nil {
		log.Fatalf("mongo: %v", err)
	}
	manifests, err := service.NewManifestService(cfg.PartsCatalogPath)
	if err != nil {
		log.Fatalf("parts catalog: %v", err)
	}
	queue := worker.NewQueue(256)
	go worker.New(queue, cfg.SpoolDir, cfg.ExportDir).Run(ctx)

	srv := fleetsvc.New(cfg.AllowedOrigins)
	srv.Logs = store.NewDriverLogStore(db)
	srv.Maintenance = store.NewMaintenanceStore(sqlx.NewDb(db, "postgres"))
	srv.Telemetry = store.NewTelemetryStore(mc.Database("telemetry").Collection("positions"))
	srv.Manuals = service.NewManualLibrary(cfg.ManualRoot)
	srv.Manifests = manifests
	srv.Queue = queue
	srv.ExportDir = cfg.ExportDir

	httpSrv := &http.Server{Addr: cfg.FleetAddr, Handler: srv.Routes(), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := httpSrv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatalf("http: %v", err)
		}
	}()
	<-ctx.Done()
	_ = httpSrv.Shutdown(context.Background())
}
