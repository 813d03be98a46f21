package main

import (
	"context"
	"errors"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/skyvane/skyvane/internal/api"
	"github.com/skyvane/skyvane/internal/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	a, err := app.New(ctx, "api")
	if err != nil {
		panic(err)
	}
	defer a.Close(context.Background())

	if err := a.DB.Migrate(); err != nil {
		a.Log.Error("migrate", "err", err)
		os.Exit(1)
	}

	srv := api.NewServer(api.Services{
		Auth:      a.Auth,
		Stations:  a.Stations,
		Readings:  a.Readings,
		Alerts:    a.Alerts,
		Exports:   a.Exports,
		Radar:     a.Radar,
		Feeds:     a.Feeds,
		Pages:     a.Pages,
		Forecasts: a.Forecast,
	}, a.Log, a.Cfg.HTTP.PublicURL, a.Mail)

	httpSrv := &http.Server{
		Addr:              a.Cfg.HTTP.APIAddr,
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = httpSrv.Shutdown(shutdown)
	}()
	a.Log.Info("api listening", "addr", httpSrv.Addr)
	if err := httpSrv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		a.Log.Error("serve", "err", err)
		os.Exit(1)
	}
}
