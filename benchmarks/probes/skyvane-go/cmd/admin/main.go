package main

import (
	"context"
	"errors"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/skyvane/skyvane/internal/admin"
	"github.com/skyvane/skyvane/internal/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	a, err := app.New(ctx, "admin")
	if err != nil {
		panic(err)
	}
	defer a.Close(context.Background())

	h := admin.NewHandlers(a.Admin, a.Stations, a.Forecast, a.Ops, a.Bundles, a.Readings, a.Log, a.Cfg.IsProduction())
	e, err := admin.NewRouter(h, a.Cfg.Auth.AdminOrigin)
	if err != nil {
		a.Log.Error("router", "err", err)
		os.Exit(1)
	}

	go func() {
		<-ctx.Done()
		c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = e.Shutdown(c)
	}()
	if err := e.Start(a.Cfg.HTTP.AdminAddr); err != nil && !errors.Is(err, http.ErrServerClosed) {
		a.Log.Error("serve", "err", err)
		os.Exit(1)
	}
}
