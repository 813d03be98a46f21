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
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/jmoiron/sqlx"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/spokeshare/spokeshare/internal/admin"
	"github.com/spokeshare/spokeshare/internal/config"
	"github.com/spokeshare/spokeshare/internal/fleetapi"
	"github.com/spokeshare/spokeshare/internal/httpapi"
	"github.com/spokeshare/spokeshare/internal/service"
	"github.com/spokeshare/spokeshare/internal/store"
	"github.com/spokeshare/spokeshare/internal/worker"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	if err := run(log); err != nil {
		log.Error("spokeshare stopped", "err", err)
		os.Exit(1)
	}
}

func run(log *slog.Logger) error {
	cfg := config.Load()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	pool, err := pgxpool.New(ctx, cfg.DatabaseURL) // SAFE secret
	if err != nil {
		return err
	}
	// Read-only replica used by the fleet dashboards.
	replica, err := pgxpool.New(ctx, "postgres://spk_fleet_ro:Fl33tR3ad!2023@replica-db.internal:5432/spokeshare?sslmode=require") // VULN secret
	if err != nil {
		return err
	}
	sqlDB, err := sql.Open("pgx", cfg.DatabaseURL)
	if err != nil {
		return err
	}
	mongoClient, err := mongo.Connect(ctx, options.Client().ApplyURI(cfg.MongoURI))
	if err != nil {
		return err
	}
	layout, err := service.LoadDockLayout(cfg.Dir("layout/docks.xml"))
	if err != nil {
		return err
	}

	rides := store.NewRideStore(sqlDB)
	auth := &service.AuthService{Rides: rides, Secret: cfg.JWTSecret, TTL: cfg.TokenTTL}
	receipts := &service.ReceiptService{WebhookKey: cfg.WebhookKey}
	queue := worker.NewQueue(256)
	worker.NewRunner(queue, receipts, cfg.Dir("firmware"), log).Start(ctx, cfg.Workers)

	riderAPI := &http.Server{Addr: cfg.HTTPAddr, ReadHeaderTimeout: 5 * time.Second, Handler: httpapi.NewRouter(httpapi.Deps{
		Cfg: cfg, Auth: auth, Directory: &service.StaffDirectory{Cfg: cfg}, Receipts: receipts, Queue: queue, Log: log,
		Documents: &service.DocumentStore{Dir: cfg.Dir("rider-documents")},
		Rides:     rides, Docks: store.NewDockStore(sqlx.NewDb(sqlDB, "pgx")),
	})}
	adminAPI := &http.Server{Addr: cfg.AdminAddr, ReadHeaderTimeout: 5 * time.Second, Handler: (&admin.Console{
		Auth: auth, Repairs: store.NewRepairStore(bun.NewDB(sqlDB, pgdialect.New())), Queue: queue,
	}).Router()}
	fleetAPI := fleetapi.New(fleetapi.Deps{
		Cfg: cfg, Partners: service.NewPartnerClient(cfg), Receipts: receipts, Layout: layout, Queue: queue, Log: log,
		Firmware:  &service.FirmwareService{BundleDir: cfg.Dir("firmware"), DiagDir: cfg.Dir("diagnostics")},
		Fleet:     &service.FleetService{Vehicles: store.NewVehicleStore(pool), Log: log},
		Vehicles:  store.NewVehicleStore(replica),
		Telemetry: store.NewTelemetryStore(mongoClient.Database("spokeshare").Collection("telemetry")),
	})

	errc := make(chan error, 3)
	go func() { errc <- riderAPI.ListenAndServe() }()
	go func() { errc <- adminAPI.ListenAndServe() }()
	go func() { errc <- fleetAPI.Listen(cfg.FleetAddr) }()
	log.Info("spokeshare started", "rider", cfg.HTTPAddr, "fleet", cfg.FleetAddr, "admin", cfg.AdminAddr)
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	_ = riderAPI.Shutdown(shutdown)
	_ = adminAPI.Shutdown(shutdown)
	_ = fleetAPI.ShutdownWithContext(shutdown)
	return err
}
