package main

import (
	"context"
	"flag"
	"log"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/rs/cors"

	"github.com/wardline/wardline/internal/auth"
	"github.com/wardline/wardline/internal/config"
	"github.com/wardline/wardline/internal/db"
	"github.com/wardline/wardline/internal/handlers"
	"github.com/wardline/wardline/internal/repository"
	"github.com/wardline/wardline/internal/services"
)

func must[T any](v T, err error) T {
	if err != nil {
		log.Fatal(err)
	}
	return v
}

func main() {
	cfgPath := flag.String("config", "/etc/wardline/api.yaml", "path to the YAML config")
	flag.Parse()
	ctx := context.Background()

	cfg := must(config.Load(*cfgPath))
	pool := must(db.OpenPool(ctx, cfg.DatabaseURL))
	defer pool.Close()
	reporting := must(db.OpenReporting())
	mongoClient := must(db.OpenMongo(ctx, cfg.MongoURI))

	h := handlers.New(handlers.Deps{
		Config:       cfg,
		Issuer:       auth.NewIssuer(cfg.JWTSecret, cfg.SessionTTL),
		Users:        repository.NewUserRepo(pool),
		Reports:      repository.NewReportRepo(reporting),
		Messages:     repository.NewMessageRepo(mongoClient.Database(cfg.MongoDB)),
		Appointments: services.NewAppointmentService(repository.NewAppointmentRepo(pool)),
		Documents:    services.NewDocumentService(cfg.DocumentRoot, cfg.ImportRoot),
		Webhooks:     must(services.NewWebhookService(cfg)),
		Directory:    services.NewDirectoryService(cfg.LDAPURL, cfg.LDAPBaseDN),
		Records:      must(services.NewRecordService(cfg.ImportRoot, cfg.RecordsKey)),
	})

	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.RealIP, middleware.Recoverer, middleware.Timeout(30*time.Second))
	r.Use(cors.New(cors.Options{
		AllowedOrigins:   cfg.AllowedOrigins, // SAFE cors
		AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodPut},
		AllowedHeaders:   []string{"Authorization", "Content-Type", "X-Kiosk-Token"},
		AllowCredentials: true,
	}).Handler)
	h.Routes(r)

	srv := &http.Server{Addr: cfg.ListenAddr, Handler: r, ReadHeaderTimeout: 10 * time.Second}
	log.Printf("wardline api listening on %s", cfg.ListenAddr)
	log.Fatal(srv.ListenAndServe())
}
