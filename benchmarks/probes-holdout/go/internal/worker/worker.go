// Package worker consumes jobs from the Redis queue.
package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/chairlift-resort/chairlift/internal/config"
	"github.com/chairlift-resort/chairlift/internal/mail"
	"github.com/chairlift-resort/chairlift/internal/queue"
	"github.com/chairlift-resort/chairlift/internal/store"
)

// Worker runs job handlers on a pool of goroutines.
type Worker struct {
	cfg        *config.Config
	queue      *queue.Queue
	stores     *store.Stores
	mailer     *mail.Mailer
	client     *http.Client
	feedClient *http.Client
	logger     *slog.Logger
}

// New builds a worker.
func New(cfg *config.Config, q *queue.Queue, st *store.Stores, m *mail.Mailer, client, feedClient *http.Client, logger *slog.Logger) *Worker {
	return &Worker{cfg: cfg, queue: q, stores: st, mailer: m, client: client, feedClient: feedClient, logger: logger}
}

// Run starts n consumer goroutines and blocks until ctx is cancelled.
func (w *Worker) Run(ctx context.Context, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			w.loop(ctx, id)
		}(i)
	}
	wg.Wait()
}

func (w *Worker) loop(ctx context.Context, id int) {
	log := w.logger.With("worker", id)
	for {
		if ctx.Err() != nil {
			return
		}
		env, err := w.queue.Next(ctx, 5*time.Second)
		if err != nil {
			if ctx.Err() == nil {
				log.Error("dequeue", "err", err)
				time.Sleep(time.Second)
			}
			continue
		}
		if env == nil {
			continue
		}
		jobCtx, cancel := context.WithTimeout(ctx, 5*time.Minute)
		err = w.handle(jobCtx, env)
		cancel()
		if err != nil {
			log.Error("job failed", "kind", env.Kind, "id", env.ID, "err", err)
			continue
		}
		log.Info("job done", "kind", env.Kind, "id", env.ID)
	}
}

// run decodes a payload into T and calls fn with it.
func run[T any](ctx context.Context, env *queue.Envelope, fn func(context.Context, T) error) error {
	var job T
	if err := json.Unmarshal(env.Payload, &job); err != nil {
		return fmt.Errorf("decode %s: %w", env.Kind, err)
	}
	return fn(ctx, job)
}

func (w *Worker) handle(ctx context.Context, env *queue.Envelope) error {
	switch env.Kind {
	case queue.KindMaintenanceReport:
		return run(ctx, env, w.maintenanceReport)
	case queue.KindLessonRoster:
		return run(ctx, env, w.lessonRoster)
	case queue.KindLessonClip:
		return run(ctx, env, w.lessonClip)
	case queue.KindLessonMaterial:
		return run(ctx, env, w.lessonMaterial)
	case queue.KindBulletinArchive:
		return run(ctx, env, w.bulletinArchive)
	case queue.KindFeedImport:
		return run(ctx, env, w.feedImport)
	case queue.KindPartnerWebhook:
		return run(ctx, env, w.partnerWebhook)
	case queue.KindGiftEmail:
		return run(ctx, env, w.giftEmail)
	default:
		w.logger.Warn("unknown job kind dropped", "kind", env.Kind)
		return nil
	}
}
