package main

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/kitchenly/kitchenly-api/internal/admin"
	"github.com/kitchenly/kitchenly-api/internal/auth"
	"github.com/kitchenly/kitchenly-api/internal/config"
	"github.com/kitchenly/kitchenly-api/internal/echoapi"
	"github.com/kitchenly/kitchenly-api/internal/httpapi"
	"github.com/kitchenly/kitchenly-api/internal/jobs"
	"github.com/kitchenly/kitchenly-api/internal/service"
	"github.com/kitchenly/kitchenly-api/internal/store"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	if err := run(context.Background(), log); err != nil {
		log.Error("kitchenly exited", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, log *slog.Logger) error {
	cfg, err := config.Load()
	if err != nil {
		return err
	}
	ordersDB, err := store.OpenOrders(cfg)
	if err != nil {
		return err
	}
	fleetDB, err := store.OpenFleet(cfg)
	if err != nil {
		return err
	}
	mongoClient, err := mongo.Connect(ctx, options.Client().ApplyURI(cfg.MongoURI))
	if err != nil {
		return err
	}
	feeds, err := service.NewFeeds(cfg.SupplierCatalog)
	if err != nil {
		return err
	}

	orders := store.NewOrderRepo(ordersDB)
	fleet := store.NewFleetRepo(fleetDB)
	menus := store.NewMenuRepo(mongoClient.Database("kitchenly").Collection("menu_items"))
	directory := store.NewDirectory(cfg.LDAPURL, cfg.LDAPBaseDN, cfg.LDAPBindDN, cfg.LDAPBindPassword)
	verifier := auth.NewVerifier(cfg.StaffJWTKey, cfg.PartnerJWTKey)
	runner := jobs.NewRunner(log, cfg.DataDir, cfg.ToolsDir, 32)
	go runner.Start(ctx)

	svc := &service.Container{
		Bookings:      service.NewBookings(orders),
		Accounts:      service.NewAccounts(ordersDB),
		Refunds:       service.NewRefunds(orders, cfg.RefundHMACKey),
		Carts:         service.NewCarts(),
		Webhooks:      service.NewWebhooks(cfg.PartnerHosts),
		Storage:       service.NewStorage(cfg.InvoiceDir, cfg.MediaDir),
		Importer:      service.NewImporter(cfg.ImportDir),
		Media:         service.NewMedia(),
		Pricing:       service.NewPricing(orders),
		Notifications: service.MustNotifications(),
		Feeds:         feeds,
	}
	adminDeps := admin.Deps{Config: cfg, Services: svc, Orders: orders, Fleet: fleet, Menus: menus, Runner: runner, Verifier: verifier}

	errc := make(chan error, 3)
	for addr, h := range map[string]http.Handler{
		cfg.HTTPAddr:  httpapi.New(cfg, svc, orders, verifier).Routes(),
		cfg.EchoAddr:  echoapi.New(cfg, svc, menus, fleet, directory),
		cfg.AdminAddr: admin.NewRouter(adminDeps),
	} {
		srv := &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 10 * time.Second}
		log.Info("listening", "addr", addr)
		go func() { errc <- srv.ListenAndServe() }()
	}
	return <-errc
}
