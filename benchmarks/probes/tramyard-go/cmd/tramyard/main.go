// Command tramyard runs the depot maintenance, stores and roster services.
package main

import (
	"context"
	"errors"
	"log"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gorilla/mux"
	"github.com/riverqueue/river"

	"github.com/tramyard/depot/internal/auth"
	"github.com/tramyard/depot/internal/config"
	"github.com/tramyard/depot/internal/events"
	"github.com/tramyard/depot/internal/jobs"
	"github.com/tramyard/depot/internal/notify"
	"github.com/tramyard/depot/internal/parts"
	"github.com/tramyard/depot/internal/platform/database"
	"github.com/tramyard/depot/internal/platform/httpx"
	"github.com/tramyard/depot/internal/platform/messaging"
	"github.com/tramyard/depot/internal/rosters"
	"github.com/tramyard/depot/internal/rpc"
	"github.com/tramyard/depot/internal/workorders"
	"github.com/tramyard/depot/internal/yard"
)

const sessionTTL = 10 * time.Hour

func main() {
	if err := run(); err != nil {
		log.Fatalf("tramyard: %v", err)
	}
}

func run() error {
	cfg, err := config.Load()
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	engine, err := database.OpenXorm(cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer engine.Close()
	pgdb, err := database.OpenPG(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer pgdb.Close()
	pool, err := database.OpenPool(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer pool.Close()

	brokerURL, err := url.Parse(cfg.AMQPURL)
	if err != nil {
		return err
	}
	brokerURL.User = url.UserPassword(cfg.AMQPUser, cfg.AMQPPassword)
	conn, err := messaging.Dial(brokerURL.String(), cfg.AMQPCAFile)
	if err != nil {
		return err
	}
	defer conn.Close()
	publisher, err := messaging.NewPublisher(conn, "tramyard")
	if err != nil {
		return err
	}

	queue := jobs.NewQueue()
	tokens := auth.NewTokenService(cfg.JWTSecret, cfg.JWTIssuer, sessionTTL)
	directory := auth.NewDirectory(cfg.LDAPURL, cfg.LDAPBaseDN)

	hooks := notify.NewRegistry(engine, httpx.NewClient(10*time.Second), httpx.NewHostAllowList(cfg.WebhookHosts))
	hooks.SetQueue(queue)

	pages, err := workorders.NewPageRenderer(cfg.TemplateDir)
	if err != nil {
		return err
	}
	orderSvc := workorders.NewService(
		workorders.NewRepository(engine),
		workorders.NewAttachmentStore(cfg.AttachmentDir),
		workorders.NewExporter(cfg.PDFBinary, cfg.ExportDir, cfg.LabelPrinters),
		pages, queue, hooks,
	)

	cards, err := parts.NewCardRenderer(cfg.TemplateDir)
	if err != nil {
		return err
	}
	partSvc := parts.NewService(
		parts.NewRepository(pgdb),
		parts.NewFeedClient(httpx.NewSupplierClient(30*time.Second), cfg.DatasheetBase),
		parts.NewManualStore(cfg.ManualDir, cfg.SafetySheetDir),
		cards, cfg.SupplierPortal,
	)

	rosterSvc := rosters.NewService(
		rosters.NewRepository(pgdb),
		rosters.NewRenderer(cfg.TemplateDir, cfg.ExportDir),
		queue, publisher, directory, cfg.PublicURL,
	)

	workers := jobs.NewWorkers()
	river.AddWorker(workers, &jobs.JobCardExportWorker{Orders: orderSvc})
	river.AddWorker(workers, &jobs.WebhookDeliveryWorker{Registry: hooks})
	river.AddWorker(workers, &jobs.ShiftSuggestionWorker{Rosters: rosterSvc, Publisher: publisher})
	river.AddWorker(workers, &jobs.ShiftNoticeWorker{Rosters: rosterSvc})
	river.AddWorker(workers, &jobs.RosterExportWorker{Rosters: rosterSvc})
	if err := queue.Init(pool, workers); err != nil {
		return err
	}
	if err := queue.Start(ctx); err != nil {
		return err
	}

	consumers := []*events.Consumer{
		events.NewConsumer(conn, "tramyard", "tramyard.faults", "telemetry.fault.#", events.NewFaultHandler(orderSvc)),
		events.NewConsumer(conn, "tramyard", "tramyard.deliveries", "stores.delivery.*", events.NewDeliveryHandler(partSvc)),
	}
	for _, c := range consumers {
		go func(c *events.Consumer) {
			if err := c.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				log.Printf("tramyard: consumer stopped: %v", err)
				stop()
			}
		}(c)
	}

	router := mux.NewRouter()
	rosters.NewAckHandler(rosterSvc).Register(router)
	api := router.NewRoute().Subrouter()
	api.Use(auth.NewMiddleware(tokens).Authenticate)
	workorders.RegisterRoutes(api, workorders.MakeEndpoints(orderSvc))
	parts.RegisterRoutes(api, parts.MakeEndpoints(partSvc))
	rosters.RegisterRoutes(api, rosters.MakeEndpoints(rosterSvc))
	notify.RegisterRoutes(api, hooks)

	root := http.NewServeMux()
	auth.NewHandlers(auth.NewUserStore(engine), tokens, sessionTTL).Register(root)
	root.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir("static"))))
	root.Handle("/", router)

	yardSrv := rpc.NewYardServer(
		yard.NewDiagnostics(cfg.DiagBinary, cfg.DiagLogDir),
		yard.NewTelemetryClient(httpx.NewClient(15*time.Second), cfg.TelemetryBaseURL, cfg.TelemetryPort),
	)

	servers := []*http.Server{
		{Addr: cfg.HTTPAddr, Handler: httpx.CORS(root), ReadHeaderTimeout: 10 * time.Second},
		{Addr: cfg.RPCAddr, Handler: httpx.CORSAllowList(cfg.RPCOrigins)(yardSrv.Handler(rpc.NewAuthenticator(cfg.JWTSecret))), ReadHeaderTimeout: 10 * time.Second},
	}
	for _, srv := range servers {
		go func(srv *http.Server) {
			log.Printf("tramyard: listening on %s", srv.Addr)
			if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
				log.Printf("tramyard: server %s: %v", srv.Addr, err)
				stop()
			}
		}(srv)
	}

	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	for _, srv := range servers {
		_ = srv.Shutdown(shutdownCtx)
	}
	return queue.Stop(shutdownCtx)
}
