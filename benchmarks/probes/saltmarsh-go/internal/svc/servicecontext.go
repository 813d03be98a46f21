package svc

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	"github.com/nats-io/nats.go"
	"github.com/zeromicro/go-zero/rest"

	"github.com/saltmarsh/survey/internal/client"
	"github.com/saltmarsh/survey/internal/config"
	"github.com/saltmarsh/survey/internal/export"
	"github.com/saltmarsh/survey/internal/middleware"
	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/queue"
	"github.com/saltmarsh/survey/internal/render"
	"github.com/saltmarsh/survey/internal/storage"
)

// ServiceContext wires the dependencies shared by every go-zero handler.
type ServiceContext struct {
	Config config.Config

	DB         *sqlx.DB
	Pool       *pgxpool.Pool
	Rings      *model.RingRepo
	Trips      *model.TripRepo
	Volunteers *model.VolunteerRepo
	Permits    *model.PermitRepo

	Scheme   *client.SchemeClient
	Tides    *client.TidesClient
	Photos   *storage.PhotoStore
	Exporter *export.Runner
	Jobs     *queue.Publisher
	Pages    *render.Pages

	Cors rest.Middleware
	Auth rest.Middleware
}

func NewServiceContext(c config.Config) *ServiceContext {
	db := sqlx.MustConnect("postgres", c.Database.DSN)
	pool, err := pgxpool.New(context.Background(), c.Database.DSN)
	if err != nil {
		panic(err)
	}
	nc, err := nats.Connect(c.Nats.URL, nats.Name("saltmarsh-api"))
	if err != nil {
		panic(err)
	}

	return &ServiceContext{
		Config:     c,
		DB:         db,
		Pool:       pool,
		Rings:      model.NewRingRepo(db),
		Trips:      model.NewTripRepo(db),
		Volunteers: model.NewVolunteerRepo(db),
		Permits:    model.NewPermitRepo(pool),
		Scheme:     client.NewSchemeClient(c.RingingScheme.BaseURL, c.RingingScheme.CAFile),
		Tides:      client.NewTidesClient(c.Tides.BaseURL),
		Photos:     storage.NewPhotoStore(c.Storage.PhotoRoot),
		Exporter:   export.NewRunner(c.Storage.ExportRoot),
		Jobs:       queue.NewPublisher(nc),
		Pages:      render.MustLoadPages(),
		Cors:       middleware.NewCorsMiddleware(c.Portal.AllowedOrigins).Handle,
		Auth:       middleware.NewAuthMiddleware().Handle,
	}
}
