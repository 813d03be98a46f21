package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/skyvane/skyvane/internal/app"
	"github.com/skyvane/skyvane/internal/worker"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	a, err := app.New(ctx, "worker")
	if err != nil {
		panic(err)
	}
	defer a.Close(context.Background())

	if a.Cfg.Auth.JobSigningKey == "" {
		a.Log.Error("SKYVANE_JOB_SIGNING_KEY must be set for the worker")
		os.Exit(1)
	}

	c := worker.NewConsumer(a.NATS, worker.Services{
		Stations:    a.Stations,
		Readings:    a.Readings,
		Notify:      a.Notify,
		Radar:       a.Radar,
		Calibration: a.Calib,
		Feeds:       a.Feeds,
		Alerts:      a.Alerts,
	}, a.Cfg.Auth.JobSigningKey, a.Log)
	if err := c.Start(); err != nil {
		a.Log.Error("subscribe", "err", err)
		os.Exit(1)
	}

	go worker.NewScheduler(a.Queries, a.Jobs, 10*time.Minute, a.Log).Run(ctx)

	a.Log.Info("worker running")
	<-ctx.Done()
	c.Drain()
}
