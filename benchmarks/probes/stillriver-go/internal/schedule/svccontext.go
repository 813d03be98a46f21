package schedule

import (
	"context"
	"database/sql"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/zeromicro/go-zero/core/logx"
	"github.com/zeromicro/go-zero/rest"

	"github.com/stillriver/stillriver/internal/clients"
	"github.com/stillriver/stillriver/internal/repo"
	"github.com/stillriver/stillriver/internal/tasks"
)

// Config is the go-zero configuration of the schedule service.
type Config struct {
	rest.RestConf
	DataSource   string
	RedisAddr    string
	WebhookCA    string `json:",default=/etc/ssl/certs/ca-certificates.crt"`
	Timezone     string `json:",default=Europe/Amsterdam"`
	PartnerHosts []string
	Auth         struct {
		AccessSecret string
	}
}

// ServiceContext carries the dependencies of the schedule service.
type ServiceContext struct {
	Config       Config
	Location     *time.Location
	Schedule     *repo.ScheduleRepo
	Reports      *repo.ReportRepo
	Queue        *tasks.Enqueuer
	Registry     *clients.RegistryClient
	Webhooks     *clients.WebhookClient
	PartnerHosts map[string]bool
	OperatorAuth rest.Middleware
}

// NewServiceContext builds the service context from configuration.
func NewServiceContext(c Config) *ServiceContext {
	pool, err := pgxpool.New(context.Background(), c.DataSource)
	logx.Must(err)
	db, err := sql.Open("pgx", c.DataSource)
	logx.Must(err)
	db.SetMaxOpenConns(8)
	db.SetConnMaxIdleTime(5 * time.Minute)

	loc, err := time.LoadLocation(c.Timezone)
	logx.Must(err)

	rt, err := clients.NewWebhookTransport(c.WebhookCA)
	logx.Must(err)

	hosts := make(map[string]bool, len(c.PartnerHosts))
	for _, h := range c.PartnerHosts {
		hosts[strings.ToLower(strings.TrimSpace(h))] = true
	}
	secret := []byte(c.Auth.AccessSecret)
	return &ServiceContext{
		Config:       c,
		Location:     loc,
		Schedule:     repo.NewScheduleRepo(pool),
		Reports:      repo.NewReportRepo(db),
		Queue:        tasks.NewEnqueuer(c.RedisAddr),
		Registry:     clients.NewRegistryClient(),
		Webhooks:     clients.NewWebhookClient(rt, []byte(os.Getenv("STILLRIVER_WEBHOOK_SIGNING_KEY"))),
		PartnerHosts: hosts,
		OperatorAuth: OperatorAuth(secret),
	}
}
