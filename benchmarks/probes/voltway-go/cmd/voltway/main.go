// Command voltway runs the REST API (chi), the partner portal (Fiber) and the
// background job pool in one process.
package main

import (
	"context"
	"database/sql"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/voltway/chargenet/internal/api"
	"github.com/voltway/chargenet/internal/config"
	"github.com/voltway/chargenet/internal/directory"
	"github.com/voltway/chargenet/internal/portal"
	"github.com/voltway/chargenet/internal/service"
	"github.com/voltway/chargenet/internal/store"
	"github.com/voltway/chargenet/internal/worker"
)

func main() {
	cfg := config.Load()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := sql.Open("pgx", cfg.PostgresURL) // SAFE secret
	must("open postgres", err)
	pool, err := pgxpool.New(ctx, cfg.PostgresURL)
	must("open pgx pool", err)
	reporting, err := store.OpenReporting()
	must("open reporting replica", err)
	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(cfg.MongoURI))
	must("connect mongo", err)
	samples := store.NewTelemetryStore(mc.Database(cfg.MongoDB).Collection("meter_samples"))

	jobs := worker.New(cfg.ExportDir, 64)
	go jobs.Run(ctx)

	operators := store.NewOperatorStore(db)
	dir := directory.New(cfg.LDAPURL, cfg.LDAPBaseDN, cfg.LDAPBindDN, cfg.LDAPBindPassword)
	files, outbound, pricing := service.NewFileService(cfg), service.NewOutboundService(), service.NewTariffService()

	srv := &api.Server{
		Config:    cfg,
		Stations:  store.NewStationStore(db),
		Telemetry: samples,
		Sessions:  service.NewSessionService(store.NewSessionRepo(pool)),
		Tariffs:   pricing,
		Operators: service.NewOperatorService(operators, dir, cfg.JWTSigningKey),
		Payouts:   service.NewPayoutService(store.NewPayoutStore(reporting), operators),
		Files:     files,
		Outbound:  outbound,
		Exports:   service.NewExportService(jobs),
	}
	web := (&portal.Portal{
		Config: cfg, Stations: store.NewStationStore(db), Tariffs: store.NewTariffStore(db), Telemetry: samples,
		Files: files, Outbound: outbound, Pricing: pricing, Directory: dir,
	}).App()

	httpSrv := &http.Server{Addr: cfg.HTTPAddr, Handler: srv.Routes(), ReadHeaderTimeout: 10 * time.Second}
	go func() { must("portal", web.Listen(cfg.PortalAddr)) }()
	go func() { must("api", httpSrv.ListenAndServe()) }()

	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	_ = httpSrv.Shutdown(shutdownCtx)
	_ = web.Shutdown()
}

func must(what string, err error) {
	if err != nil && err != http.ErrServerClosed {
		slog.Error(what, "err", err)
		os.Exit(1)
	}
}
