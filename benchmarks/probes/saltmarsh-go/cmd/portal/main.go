package main

import (
	"flag"

	"github.com/gogf/gf/v2/frame/g"
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	"github.com/nats-io/nats.go"
	"github.com/zeromicro/go-zero/core/conf"

	"github.com/saltmarsh/survey/internal/config"
	"github.com/saltmarsh/survey/internal/directory"
	"github.com/saltmarsh/survey/internal/export"
	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/portal"
	"github.com/saltmarsh/survey/internal/queue"
)

var configFile = flag.String("f", "etc/saltmarsh-api.yaml", "the config file")

func main() {
	flag.Parse()
	var c config.Config
	conf.MustLoad(*configFile, &c, conf.UseEnv())

	db := sqlx.MustConnect("postgres", c.Database.DSN)
	nc, err := nats.Connect(c.Nats.URL, nats.Name("saltmarsh-portal"))
	if err != nil {
		panic(err)
	}

	p := portal.New(
		directory.New(c.Directory.URL, c.Directory.BaseDN),
		export.NewRunner(c.Storage.ExportRoot),
		model.NewRingRepo(db),
		model.NewTripRepo(db),
		queue.NewPublisher(nc),
		c.Storage.ImportRoot,
	)

	s := g.Server("portal")
	s.SetPort(8890)
	s.SetServerRoot("public")
	p.Register(s)
	s.Run()
}
