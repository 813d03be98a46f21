package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/jmoiron/sqlx"

	"github.com/stillriver/stillriver/internal/clients"
	"github.com/stillriver/stillriver/internal/config"
	"github.com/stillriver/stillriver/internal/httpapi"
	"github.com/stillriver/stillriver/internal/render"
	"github.com/stillriver/stillriver/internal/repo"
	"github.com/stillriver/stillriver/internal/security"
	"github.com/stillriver/stillriver/internal/service"
	"github.com/stillriver/stillriver/internal/storage"
	"github.com/stillriver/stillriver/internal/tasks"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	cfg := config.Load()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := sqlx.Connect("pgx", cfg.DatabaseURL)
	if err != nil {
		log.Error("connect sqlx", "err", err)
		os.Exit(1)
	}
	defer db.Close()
	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		log.Error("connect pgx", "err", err)
		os.Exit(1)
	}
	defer pool.Close()

	renderer, err := render.New(cfg.TemplateDir)
	if err != nil {
		log.Error("templates", "err", err)
		os.Exit(1)
	}
	queue := tasks.NewEnqueuer(cfg.RedisAddr)
	defer queue.Close()

	bookingRepo := repo.NewBookingRepo(db)
	vesselRepo := repo.NewVesselRepo(pool)
	issuer := security.NewIssuer(cfg.JWTKey, cfg.JWTIssuer, cfg.SessionTTL)
	gauges := clients.NewGaugeClient(cfg.GaugeBaseURL)
	store := storage.NewDocumentStore(cfg.DocumentRoot, cfg.ArchiveDir)

	srv := &httpapi.Server{
		Bookings:       service.NewBookingService(bookingRepo, vesselRepo, queue),
		Vessels:        service.NewVesselService(vesselRepo, bookingRepo, gauges),
		Documents:      service.NewDocumentService(store, vesselRepo, queue),
		Notices:        service.NewNoticeService(repo.NewNoticeRepo(db), bookingRepo, renderer),
		Auth:           service.NewAuthService(repo.NewUserRepo(db), issuer, renderer, service.NewSMTPMailer(), cfg.PublicSiteURL),
		Issuer:         issuer,
		Renderer:       renderer,
		PublicOrigins:  cfg.PublicOrigins,
		MaxUploadBytes: cfg.MaxUploadBytes,
		SessionTTL:     cfg.SessionTTL,
		Log:            log,
	}

	httpSrv := &http.Server{
		Addr:              cfg.HTTPAddr,
		Handler:           srv.Routes(),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       90 * time.Second,
	}
	go func() {
		<-ctx.Done()
		shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = httpSrv.Shutdown(shutdownCtx)
	}()
	log.Info("stillriver api listening", "addr", cfg.HTTPAddr)
	if err := httpSrv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Error("serve", "err", err)
		os.Exit(1)
	}
}
