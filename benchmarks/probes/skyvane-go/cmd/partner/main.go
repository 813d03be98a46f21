package main

import (
	"context"
	"errors"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/skyvane/skyvane/internal/app"
	"github.com/skyvane/skyvane/internal/partner"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	a, err := app.New(ctx, "partner")
	if err != nil {
		panic(err)
	}
	defer a.Close(context.Background())

	h := partner.NewHandlers(a.Partners, a.Stations, a.Alerts, a.Feeds, a.Log)
	router := partner.NewRouter(h, a.Cfg.IsProduction())

	srv := &http.Server{
		Addr:              a.Cfg.HTTP.PartnerAddr,
		Handler:           router,
		ReadHeaderTimeout: 10 * time.Second,
	}
	go func() {
		<-ctx.Done()
		c, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = srv.Shutdown(c)
	}()
	a.Log.Info("partner api listening", "addr", srv.Addr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		a.Log.Error("serve", "err", err)
		os.Exit(1)
	}
}
