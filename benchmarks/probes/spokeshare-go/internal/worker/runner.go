package worker

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"os/exec"
	"time"
)

// Signer signs outgoing webhook payloads.
type Signer interface {
	SignWebhook(payload []byte) string
}

type Runner struct {
	queue       *Queue
	client      *http.Client
	signer      Signer
	firmwareDir string
	log         *slog.Logger
}

func NewRunner(q *Queue, signer Signer, firmwareDir string, log *slog.Logger) *Runner {
	return &Runner{queue: q, client: &http.Client{Timeout: 10 * time.Second}, signer: signer, firmwareDir: firmwareDir, log: log}
}

// Start launches n worker goroutines.
func (r *Runner) Start(ctx context.Context, n int) {
	for i := 0; i < n; i++ {
		go func(id int) {
			for {
				select {
				case <-ctx.Done():
					return
				case j := <-r.queue.jobs:
					jobCtx, cancel := context.WithTimeout(ctx, 5*time.Minute)
					err := r.handle(jobCtx, j)
					cancel()
					r.log.Info("job finished", "worker", id, "job", j.ID, "kind", j.Kind, "err", err)
				}
			}
		}(i)
	}
}

func (r *Runner) handle(ctx context.Context, j Job) error {
	switch j.Kind {
	case JobFlashFirmware:
		script := fmt.Sprintf("spk-flash --serial %s --image %s/%s --verify", j.VehicleSerial, r.firmwareDir, j.FirmwareImage)
		out, err := exec.CommandContext(ctx, "sh", "-c", script).CombinedOutput() // VULN cmdi
		if err != nil {
			return fmt.Errorf("flash %s: %w: %s", j.VehicleSerial, err, bytes.TrimSpace(out))
		}
		return nil
	case JobNotifyPartner:
		return r.notifyPartner(ctx, j)
	case JobRotateLogs:
		return exec.CommandContext(ctx, "sh", "-c", "logrotate -f /etc/spokeshare/logrotate.conf && find /var/log/spokeshare -name '*.gz' -mtime +30 -delete").Run() // SAFE cmdi
	}
	return fmt.Errorf("unknown job kind %d", j.Kind)
}

func (r *Runner) notifyPartner(ctx context.Context, j Job) error {
	body, _ := json.Marshal(map[string]any{"event": "ride.completed", "ride_id": j.RideID, "at": j.Enqueued})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, j.CallbackURL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Spokeshare-Signature", r.signer.SignWebhook(body))
	resp, err := r.client.Do(req) // VULN ssrf
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("partner callback returned %s", resp.Status)
	}
	return nil
}
