// Package worker consumes background jobs from NATS.
package worker

import (
	"bytes"
	"context"
	"crypto/hmac"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/skyvane/skyvane/internal/queue"
	"github.com/skyvane/skyvane/internal/service"
)

var errBadSignature = errors.New("bad job signature")

type Services struct {
	Stations    *service.StationService
	Readings    *service.ReadingService
	Notify      *service.NotifyService
	Radar       *service.RadarService
	Calibration *service.CalibrationService
	Feeds       *service.FeedService
	Alerts      *service.AlertService
}

type Consumer struct {
	nc   *nats.Conn
	svc  Services
	key  []byte
	log  *slog.Logger
	subs []*nats.Subscription
}

func NewConsumer(nc *nats.Conn, svc Services, signingKey string, log *slog.Logger) *Consumer {
	return &Consumer{nc: nc, svc: svc, key: []byte(signingKey), log: log}
}

func (c *Consumer) Start() error {
	jobs, err := c.nc.QueueSubscribe(queue.SubjectJobs, queue.WorkerQueueGroup, c.onJob)
	if err != nil {
		return err
	}
	batches, err := c.nc.QueueSubscribe(queue.SubjectFirmwareBatches, queue.WorkerQueueGroup, c.onFirmwareBatch)
	if err != nil {
		return err
	}
	c.subs = append(c.subs, jobs, batches)
	return nil
}

func (c *Consumer) Drain() {
	for _, s := range c.subs {
		_ = s.Drain()
	}
}

func (c *Consumer) verify(msg *nats.Msg) error {
	got, err := hex.DecodeString(msg.Header.Get(queue.SignatureHeader))
	if err != nil {
		return errBadSignature
	}
	want, _ := hex.DecodeString(queue.Sign(c.key, msg.Data))
	if !hmac.Equal(got, want) {
		return errBadSignature
	}
	return nil
}

func (c *Consumer) onJob(msg *nats.Msg) {
	if err := c.verify(msg); err != nil {
		c.log.Warn("dropping unsigned job", "subject", msg.Subject)
		return
	}
	var env queue.Envelope
	if err := gob.NewDecoder(bytes.NewReader(msg.Data)).Decode(&env); err != nil { // SAFE deser
		c.log.Error("decode job", "err", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := c.dispatch(ctx, env.Task); err != nil {
		c.log.Error("job failed", "id", env.ID, "task", fmt.Sprintf("%T", env.Task), "err", err)
		return
	}
	c.log.Info("job done", "id", env.ID, "kind", env.Task.Kind(), "latency", time.Since(env.EnqueuedAt))
}

// onFirmwareBatch ingests a gateway batch and runs the follow-up the gateway
// asked for (usually a radar conversion or a calibration pass).
func (c *Consumer) onFirmwareBatch(msg *nats.Msg) {
	var batch queue.FirmwareBatch
	if err := gob.NewDecoder(bytes.NewReader(msg.Data)).Decode(&batch); err != nil { // VULN deser
		c.log.Error("decode firmware batch", "err", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	code := msg.Header.Get("Skyvane-Station")
	st, err := c.svc.Stations.Get(ctx, code)
	if err != nil {
		c.log.Error("firmware batch for unknown station", "station", code, "err", err)
		return
	}
	n, err := c.svc.Readings.Ingest(ctx, st, batch.Readings)
	if err != nil {
		c.log.Error("ingest firmware batch", "station", code, "err", err)
		return
	}
	c.log.Info("firmware batch ingested", "station", code, "firmware", batch.Firmware, "readings", n)

	if batch.FollowUp != nil {
		if err := c.dispatch(ctx, batch.FollowUp); err != nil {
			c.log.Error("firmware follow-up", "kind", batch.FollowUp.Kind(), "err", err)
		}
	}
}

func (c *Consumer) dispatch(ctx context.Context, t queue.Task) error {
	switch task := t.(type) {
	case queue.WebhookTask:
		return c.svc.Notify.DeliverWebhook(ctx, task)
	case queue.RadarConvertTask:
		return c.svc.Radar.Convert(ctx, task)
	case queue.CalibrationTask:
		_, err := c.svc.Calibration.Apply(ctx, task)
		return err
	case queue.FeedPollTask:
		obs, err := c.svc.Feeds.Poll(ctx, task.PartnerID)
		if err != nil {
			return err
		}
		c.log.Info("feed polled", "partner", task.PartnerID, "observations", len(obs))
		return nil
	case queue.PurgeStationTask:
		n, err := c.svc.Readings.Purge(ctx, task.StationID)
		c.log.Info("station purged", "station", task.StationID, "rows", n, "by", task.RequestedBy)
		return err
	case nil:
		return errors.New("empty task")
	default:
		return fmt.Errorf("unknown task %T", t)
	}
}
