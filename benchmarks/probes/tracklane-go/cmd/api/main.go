// Command api runs the public Tracklane API (REST for partners, GraphQL for operators).
package main

import (
	"log"
	"log/slog"
	"os"

	"github.com/99designs/gqlgen/graphql/handler"

	"github.com/tracklane/tracklane/internal/api"
	"github.com/tracklane/tracklane/internal/auth"
	"github.com/tracklane/tracklane/internal/clients"
	"github.com/tracklane/tracklane/internal/config"
	"github.com/tracklane/tracklane/internal/graph"
	"github.com/tracklane/tracklane/internal/graph/generated"
	"github.com/tracklane/tracklane/internal/notify"
	"github.com/tracklane/tracklane/internal/platform"
	"github.com/tracklane/tracklane/internal/repository"
	"github.com/tracklane/tracklane/internal/service"
	"github.com/tracklane/tracklane/internal/tools"
	"github.com/tracklane/tracklane/internal/xmlimport"
)

func main() {
	cfg := config.Load()
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	db, err := platform.OpenPostgres(cfg.DatabaseURL)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	rdb, err := platform.OpenRedis(cfg.RedisAddr, cfg.RedisPassword)
	if err != nil {
		log.Fatal(err)
	}
	publisher, err := platform.NewPublisher(cfg.KafkaBrokers)
	if err != nil {
		log.Fatal(err)
	}
	defer publisher.Close()
	tokens, err := auth.NewTokenService(cfg)
	if err != nil {
		log.Fatal(err)
	}

	depots, err := clients.NewDepotGateway(cfg)
	if err != nil {
		log.Fatal(err)
	}

	wagonRepo := repository.NewWagonRepository(db)
	telemetryRepo := repository.NewTelemetryRepository(db)
	maintRepo := repository.NewMaintenanceRepository(platform.Goqu(db))
	accountRepo := repository.NewAccountRepository(db)
	templateRepo := repository.NewTemplateRepository(db)
	reportRepo := repository.NewReportRepository(db)
	webhookRepo := repository.NewWebhookRepository(db)

	wagons := service.NewWagonService(wagonRepo, telemetryRepo, publisher, rdb)
	maintenance := service.NewMaintenanceService(maintRepo, wagons, logger)
	reports := service.NewReportService(reportRepo, &tools.PDFRenderer{OutDir: cfg.ReportOutDir}, publisher, os.TempDir())
	mailer := notify.NewMailer(notify.NewRenderer(templateRepo, cfg), cfg)

	gql := handler.NewDefaultServer(generated.NewExecutableSchema(generated.Config{Resolvers: &graph.Resolver{
		Wagons:      wagons,
		Maintenance: maintenance,
		Reports:     reports,
		Consists:    xmlimport.NewImporter(),
	}}))

	srv := &api.Server{
		Config:    cfg,
		Tokens:    tokens,
		Auth:      service.NewAuthService(auth.NewDirectory(cfg), accountRepo, tokens, mailer, "https://portal.tracklane.io"),
		Wagons:    wagons,
		Labels:    service.NewLabelService(cfg),
		Telemetry: service.NewTelemetryService(wagonRepo, telemetryRepo, clients.NewTelematicsClient(cfg), cfg.TelematicsFeedHosts, logger),
		Documents: service.NewDocumentService(cfg.DocumentRoot, cfg.ManualsRoot, cfg.PhotoRoot, cfg.UploadDir, maintRepo),
		Webhooks:  service.NewWebhookService(webhookRepo, clients.NewWebhookDispatcher(), clients.NewETAClient(cfg.ETAServiceURL), logger),
		Depots:    depots,
		GraphQL:   graph.AuthMiddleware(tokens, gql),
		Log:       logger,
	}

	app := srv.Application()
	if err := app.Listen(cfg.APIAddr); err != nil {
		log.Fatal(err)
	}
}
