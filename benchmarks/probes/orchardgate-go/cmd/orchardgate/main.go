package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/ThreeDotsLabs/watermill/message/router/middleware"

	"github.com/orchardgate/orchardgate/internal/api"
	"github.com/orchardgate/orchardgate/internal/auth"
	"github.com/orchardgate/orchardgate/internal/backup"
	"github.com/orchardgate/orchardgate/internal/buffalo/actions"
	"github.com/orchardgate/orchardgate/internal/clients"
	"github.com/orchardgate/orchardgate/internal/config"
	"github.com/orchardgate/orchardgate/internal/db"
	"github.com/orchardgate/orchardgate/internal/directory"
	"github.com/orchardgate/orchardgate/internal/grading"
	"github.com/orchardgate/orchardgate/internal/imports"
	"github.com/orchardgate/orchardgate/internal/messaging"
	"github.com/orchardgate/orchardgate/internal/printing"
	"github.com/orchardgate/orchardgate/internal/render"
	"github.com/orchardgate/orchardgate/internal/reports"
	"github.com/orchardgate/orchardgate/internal/repository"
	"github.com/orchardgate/orchardgate/internal/revel/app/controllers"
	"github.com/orchardgate/orchardgate/internal/service"
	"github.com/orchardgate/orchardgate/internal/storage"
	"github.com/orchardgate/orchardgate/internal/worker"
)

func main() {
	cfg := config.Load()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	handles, err := db.Open(cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("database: %v", err)
	}
	if err := handles.Migrate(); err != nil {
		log.Fatalf("migrate: %v", err)
	}

	bus := messaging.NewInProcessBus()
	tokens := auth.NewTokenIssuer(cfg.JWTSigningKey, cfg.DeviceTokenKey, cfg.SessionTTL)

	deliveryRepo := repository.NewDeliveryRepository(handles.Gorm)
	pickupRepo := repository.NewPickupRepository(handles.Gorm)
	profileRepo := repository.NewProfileRepository(handles.Gorm)
	growerRepo := repository.NewGrowerRepository(handles.SQL)

	views, err := render.NewViews(cfg.TemplateDir)
	if err != nil {
		log.Fatalf("templates: %v", err)
	}
	photos := storage.NewPhotoStore(cfg.PhotoDir, cfg.LabelDir)
	scales, err := clients.NewScaleClient(cfg.ScaleGatewayURL, cfg.ScaleCAFile)
	if err != nil {
		log.Fatalf("scale client: %v", err)
	}
	webhooks := clients.NewWebhookClient(cfg.WebhookHosts)

	deliveries := service.NewDeliveryService(deliveryRepo, growerRepo, profileRepo, grading.NewEvaluator(), bus, views)
	pickups := service.NewPickupService(pickupRepo, clients.NewWeatherClient(cfg.WeatherBaseURL), bus)
	growers := service.NewGrowerService(growerRepo, tokens)
	staff := service.NewStaffService(directory.New(cfg.LDAPURL, cfg.LDAPBaseDN, cfg.LDAPBindDN, cfg.LDAPBindPass), tokens)
	labels := service.NewLabelService(deliveryRepo, growerRepo, render.NewLabelRenderer(cfg.TemplateDir, cfg), photos, printing.NewSpooler(cfg.DefaultPrinter))
	media := service.NewMediaService(photos, filepath.Join(cfg.PhotoDir, ".cache"))
	importSvc := service.NewImportService(cfg.ImportDir, imports.NewManifestReader(), bus)

	// back-office (Revel) dependencies
	controllers.EntReports = reports.NewEntReports(handles.Ent)
	controllers.PickupReports = reports.NewPickupReports(handles.SQL)
	controllers.Exporter = backup.NewExporter(cfg.DatabaseURL, cfg.ExportDir)
	controllers.ExportDir = cfg.ExportDir

	// workers
	router, err := message.NewRouter(message.RouterConfig{CloseTimeout: 10 * time.Second}, bus.Logger)
	if err != nil {
		log.Fatalf("watermill router: %v", err)
	}
	router.AddMiddleware(middleware.Recoverer, middleware.Retry{MaxRetries: 3, InitialInterval: time.Second, Logger: bus.Logger}.Middleware)
	worker.NewIntakeWorker(deliveries, growers, labels, webhooks).Register(router, bus)
	worker.NewDispatchWorker(pickups, importSvc).Register(router, bus)
	go func() {
		if err := router.Run(ctx); err != nil {
			log.Printf("watermill router stopped: %v", err)
		}
	}()

	// member portal (Buffalo)
	portal := actions.App(envOr("GO_ENV", "production"), actions.Services{Growers: growers, Pickups: pickups})
	go func() {
		if err := portal.Serve(); err != nil {
			log.Printf("portal stopped: %v", err)
		}
	}()

	// main API (gorilla/mux)
	srv := api.NewServer(api.Deps{
		Config: cfg, Tokens: tokens, Deliveries: deliveries, Pickups: pickups, Growers: growers, Staff: staff,
		Labels: labels, Media: media, Imports: importSvc, Photos: photos, Scales: scales, Webhooks: webhooks, Views: views,
	})
	httpSrv := &http.Server{Addr: cfg.HTTPAddr, Handler: srv.Router(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = httpSrv.Shutdown(shutdown)
	}()
	log.Printf("orchardgate listening on %s", cfg.HTTPAddr)
	if err := httpSrv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		log.Fatalf("http: %v", err)
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
