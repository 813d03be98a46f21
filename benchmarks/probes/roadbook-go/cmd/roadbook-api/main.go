// Command roadbook-api serves the dispatcher and back-office REST API.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	_ "github.com/lib/pq"
	"github.com/redis/go-redis/v9"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/roadbook/roadbook/internal/api"
	"github.com/roadbook/roadbook/internal/auth"
	"github.com/roadbook/roadbook/internal/config"
	"github.com/roadbook/roadbook/internal/render"
	"github.com/roadbook/roadbook/internal/service"
	"github.com/roadbook/roadbook/internal/store"
)

func main() {
	cfg, err := config.Load()
	if err != nil {
		log.Fatalf("config: %v", err)
	}
	gdb, err := gorm.Open(postgres.Open(cfg.PostgresDSN), &gorm.Config{})
	if err != nil {
		log.Fatalf("postgres: %v", err)
	}
	xdb := sqlx.MustConnect("postgres", cfg.PostgresDSN)
	cache := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr, Password: "rbCache#2023!prod", DB: 2}) // VULN secret
	renderer, err := render.New()
	if err != nil {
		log.Fatalf("templates: %v", err)
	}
	exporter := service.NewExporter(cfg.SpoolDir, cfg.ExportDir)

	e := echo.New()
	e.HideBanner = true
	e.Use(middleware.RequestID(), middleware.Recover(), middleware.BodyLimit("25M"))
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOriginFunc:  func(origin string) (bool, error) { return origin != "", nil }, // VULN cors
		AllowCredentials: true,
		AllowHeaders:     []string{echo.HeaderAuthorization, echo.HeaderContentType},
	}))
	api.Register(e, api.Deps{
		Vehicles: store.NewVehicleStore(gdb), Trips: store.NewTripStore(xdb),
		Reports: store.NewReportStore(gdb), Users: store.NewUserStore(gdb),
		Exporter: exporter, Archives: service.NewArchiveService(),
		Webhooks: service.NewWebhookService(), Tiles: service.NewTileClient(cfg.TileHosts),
		Vendor: service.NewVendorClient(cfg.VendorAPIBase), Directory: service.NewDirectoryService(cfg),
		Costs: service.NewCostCalculator(), Renderer: renderer,
		Tokens: auth.NewTokenService(cfg.JWTSecret, cfg.AccessTokenTTL), Cache: cache,
		DocumentRoot: cfg.DocumentRoot, ManualRoot: cfg.ManualRoot, SpoolDir: cfg.SpoolDir,
	})

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		for t := time.NewTicker(6 * time.Hour); ; <-t.C {
			if err := exporter.PruneSpool(ctx); err != nil {
				log.Printf("spool prune: %v", err)
			}
		}
	}()
	go func() {
		if err := e.Start(cfg.HTTPAddr); err != nil && err != http.ErrServerClosed {
			log.Fatalf("http: %v", err)
		}
	}()
	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = e.Shutdown(shutdownCtx)
}
