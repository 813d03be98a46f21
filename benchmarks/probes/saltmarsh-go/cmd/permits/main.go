package main

import (
	"context"
	"flag"
	"log"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humachi"
	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/zeromicro/go-zero/core/conf"

	"github.com/saltmarsh/survey/internal/config"
	"github.com/saltmarsh/survey/internal/directory"
	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/permits"
	"github.com/saltmarsh/survey/internal/storage"
	"github.com/saltmarsh/survey/internal/tally"
)

var configFile = flag.String("f", "etc/saltmarsh-api.yaml", "the config file")

func main() {
	flag.Parse()
	var c config.Config
	conf.MustLoad(*configFile, &c, conf.UseEnv())

	pool, err := pgxpool.New(context.Background(), c.Database.DSN)
	if err != nil {
		log.Fatal(err)
	}
	defer pool.Close()

	svc := permits.NewService(
		model.NewPermitRepo(pool),
		storage.NewDocumentStore(c.Storage.PermitRoot),
		directory.New(c.Directory.URL, c.Directory.BaseDN),
		tally.NewEngine(c.Storage.PermitRoot+"/reference"),
		c.Portal.PublicBaseURL,
	)

	router := chi.NewMux()
	api := humachi.New(router, huma.DefaultConfig("Saltmarsh Permits API", "1.2.0"))
	permits.Register(api, svc)

	log.Println("permits API listening on :8891")
	log.Fatal(http.ListenAndServe(":8891", router))
}
