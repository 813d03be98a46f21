// Command chairlift runs the public website and the admin API.
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

	"github.com/redis/go-redis/v9"

	"github.com/chairlift-resort/chairlift/internal/admin"
	"github.com/chairlift-resort/chairlift/internal/auth"
	"github.com/chairlift-resort/chairlift/internal/config"
	"github.com/chairlift-resort/chairlift/internal/db"
	"github.com/chairlift-resort/chairlift/internal/httpclient"
	"github.com/chairlift-resort/chairlift/internal/ldapdir"
	"github.com/chairlift-resort/chairlift/internal/queue"
	"github.com/chairlift-resort/chairlift/internal/render"
	"github.com/chairlift-resort/chairlift/internal/service"
	"github.com/chairlift-resort/chairlift/internal/session"
	"github.com/chairlift-resort/chairlift/internal/store"
	"github.com/chairlift-resort/chairlift/internal/web"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	if err := run(logger); err != nil {
		logger.Error("chairlift exited", "err", err)
		os.Exit(1)
	}
}

func run(logger *slog.Logger) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	cfg, err := config.Load()
	if err != nil {
		return err
	}
	pool, err := db.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer pool.Close()

	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr, Password: cfg.RedisPassword})
	defer rdb.Close()
	q := queue.New(rdb, cfg.QueueName)
	stores := store.New(pool)

	paymentsHTTP, err := httpclient.Payments(cfg.PaymentCABundle)
	if err != nil {
		return err
	}
	renderer, err := render.New(cfg.TemplateDir)
	if err != nil {
		return err
	}

	payments := service.NewPaymentClient(cfg.PaymentGatewayURL, cfg.PaymentAPIKey, cfg.PublicBaseURL, paymentsHTTP)
	bulletins := service.NewBulletinService(stores, q, httpclient.Default(10*time.Second), cfg.ThumbnailDir, cfg.BulletinArchiveDir, cfg.AvalancheFeedHosts)

	site := web.NewServer(web.Deps{
		Config:      cfg,
		Renderer:    renderer,
		Codec:       session.NewCodec(cfg.SessionKey),
		Stores:      stores,
		Passes:      service.NewPassService(stores, q, payments),
		Accounts:    service.NewAccountService(stores),
		Lessons:     service.NewLessonService(stores, q),
		Instructors: service.NewInstructorService(stores),
		Bulletins:   bulletins,
		Webcams:     service.NewWebcamService(cfg.Webcams, httpclient.Default(cfg.SnapshotTimeout)),
		Logger:      logger.With("component", "web"),
	})

	api := admin.NewAPI(
		cfg,
		auth.NewIssuer(cfg.JWTSigningKey),
		stores,
		service.NewMaintenanceService(stores, q),
		service.NewDiagnostics(stores, httpclient.LiftControllers(), cfg.SNMPCommunity),
		bulletins,
		ldapdir.New(cfg.LDAP.URL, cfg.LDAP.BaseDN, cfg.LDAP.BindDN),
		logger.With("component", "admin"),
	)

	servers := []*http.Server{
		{Addr: cfg.PublicAddr, Handler: site.Handler(), ReadHeaderTimeout: 10 * time.Second},
		{Addr: cfg.AdminAddr, Handler: api.Router(), ReadHeaderTimeout: 10 * time.Second},
	}
	errc := make(chan error, len(servers))
	for _, srv := range servers {
		go func(s *http.Server) {
			logger.Info("listening", "addr", s.Addr)
			if err := s.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
				errc <- err
			}
		}(srv)
	}

	select {
	case <-ctx.Done():
	case err := <-errc:
		return err
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	for _, srv := range servers {
		_ = srv.Shutdown(shutdownCtx)
	}
	return nil
}
