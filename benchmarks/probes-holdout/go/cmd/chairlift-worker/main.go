// Command chairlift-worker consumes background jobs from Redis.
package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/chairlift-resort/chairlift/internal/config"
	"github.com/chairlift-resort/chairlift/internal/db"
	"github.com/chairlift-resort/chairlift/internal/httpclient"
	"github.com/chairlift-resort/chairlift/internal/mail"
	"github.com/chairlift-resort/chairlift/internal/queue"
	"github.com/chairlift-resort/chairlift/internal/store"
	"github.com/chairlift-resort/chairlift/internal/worker"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil)).With("component", "worker")
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	cfg, err := config.Load()
	if err != nil {
		logger.Error("config", "err", err)
		os.Exit(1)
	}
	pool, err := db.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		logger.Error("database", "err", err)
		os.Exit(1)
	}
	defer pool.Close()

	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr, Password: cfg.RedisPassword})
	defer rdb.Close()
	if err := rdb.Ping(ctx).Err(); err != nil {
		logger.Error("redis", "err", err)
		os.Exit(1)
	}

	mailer, err := mail.New(cfg.Mail, cfg.TemplateDir, cfg.PublicBaseURL)
	if err != nil {
		logger.Error("mail templates", "err", err)
		os.Exit(1)
	}

	w := worker.New(cfg, queue.New(rdb, cfg.QueueName), store.New(pool), mailer,
		httpclient.Default(15*time.Second), httpclient.PublicOnly(30*time.Second), logger)
	logger.Info("worker started", "goroutines", cfg.WorkerCount)
	w.Run(ctx, cfg.WorkerCount)
	logger.Info("worker stopped")
}
