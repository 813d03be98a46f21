package worker

import (
	"context"
	"encoding/json"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/zeromicro/go-zero/core/logx"

	"github.com/saltmarsh/survey/internal/queue"
)

const queueGroup = "saltmarsh-workers"

// Consumer subscribes the job handlers to their NATS subjects.
type Consumer struct {
	nc   *nats.Conn
	jobs *Jobs
	subs []*nats.Subscription
}

func NewConsumer(nc *nats.Conn, jobs *Jobs) *Consumer {
	return &Consumer{nc: nc, jobs: jobs}
}

func (c *Consumer) Start() error {
	handlers := map[string]func(context.Context, []byte) error{
		queue.SubjectExport:    c.jobs.HandleExport,
		queue.SubjectReminders: c.jobs.HandleReminders,
		queue.SubjectImport:    c.jobs.HandleImport,
		queue.SubjectNotify:    c.jobs.HandleNotify,
	}
	for subject, h := range handlers {
		h := h
		subject := subject
		sub, err := c.nc.QueueSubscribe(subject, queueGroup, func(m *nats.Msg) {
			ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
			defer cancel()
			if err := h(ctx, m.Data); err != nil {
				logx.Errorf("%s job failed: %v", subject, err)
				if m.Reply != "" {
					b, _ := json.Marshal(map[string]string{"error": err.Error()})
					_ = m.Respond(b)
				}
				return
			}
			if m.Reply != "" {
				_ = m.Respond([]byte(`{"status":"ok"}`))
			}
		})
		if err != nil {
			return err
		}
		c.subs = append(c.subs, sub)
	}
	return c.nc.Flush()
}

func (c *Consumer) Stop() {
	for _, s := range c.subs {
		_ = s.Drain()
	}
}
