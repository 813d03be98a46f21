package worker

import (
	"context"
	"log/slog"
	"time"

	"github.com/skyvane/skyvane/internal/queue"
	"github.com/skyvane/skyvane/internal/repository"
)

// Scheduler enqueues periodic jobs such as partner feed polling.
type Scheduler struct {
	q        *repository.Queries
	jobs     *queue.Publisher
	interval time.Duration
	log      *slog.Logger
}

func NewScheduler(q *repository.Queries, jobs *queue.Publisher, interval time.Duration, log *slog.Logger) *Scheduler {
	return &Scheduler{q: q, jobs: jobs, interval: interval, log: log}
}

func (s *Scheduler) Run(ctx context.Context) {
	t := time.NewTicker(s.interval)
	defer t.Stop()
	for {
		s.tick(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *Scheduler) tick(ctx context.Context) {
	feeds, err := s.q.ListActivePartnerFeeds(ctx)
	if err != nil {
		s.log.Error("list partner feeds", "err", err)
		return
	}
	for _, f := range feeds {
		if _, err := s.jobs.Enqueue(ctx, queue.FeedPollTask{PartnerID: uint(f.ID)}); err != nil {
			s.log.Error("enqueue feed poll", "partner", f.Slug, "err", err)
		}
	}
}
