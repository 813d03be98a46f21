package main

import (
	"flag"
	"os"
	"os/signal"
	"syscall"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	"github.com/nats-io/nats.go"
	"github.com/zeromicro/go-zero/core/conf"
	"github.com/zeromicro/go-zero/core/logx"

	"github.com/saltmarsh/survey/internal/client"
	"github.com/saltmarsh/survey/internal/config"
	"github.com/saltmarsh/survey/internal/export"
	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/worker"
)

var configFile = flag.String("f", "etc/saltmarsh-api.yaml", "the config file")

func main() {
	flag.Parse()
	var c config.Config
	conf.MustLoad(*configFile, &c, conf.UseEnv())

	db := sqlx.MustConnect("postgres", c.Database.DSN)
	nc, err := nats.Connect(c.Nats.URL, nats.Name("saltmarsh-worker"), nats.MaxReconnects(-1))
	if err != nil {
		logx.Must(err)
	}
	defer nc.Close()

	jobs := &worker.Jobs{
		Runner:          export.NewRunner(c.Storage.ExportRoot),
		Rings:           model.NewRingRepo(db),
		Trips:           model.NewTripRepo(db),
		Volunteers:      model.NewVolunteerRepo(db),
		Tides:           client.NewTidesClient(c.Tides.BaseURL),
		Notifier:        client.NewNotifier(),
		ImportRoot:      c.Storage.ImportRoot,
		PartnerEndpoint: os.Getenv("SALTMARSH_PARTNER_WEBHOOK"),
	}
	consumer := worker.NewConsumer(nc, jobs)
	if err := consumer.Start(); err != nil {
		logx.Must(err)
	}
	logx.Info("saltmarsh worker subscribed")

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	<-sig
	consumer.Stop()
}
