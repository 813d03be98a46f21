// Package worker runs long export and reporting jobs off the request path.
package worker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os/exec"
	"path/filepath"
	"time"
)

var ErrQueueFull = errors.New("worker: queue full")

type Kind string

const (
	KindStationExport Kind = "station-export"
	KindPayoutReport  Kind = "payout-report"
)

type Job struct {
	ID          string
	Kind        Kind
	StationCode string
	Format      string
	Year, Month int
	RequestedBy string
}

type Pool struct {
	jobs      chan Job
	exportDir string
}

func New(exportDir string, depth int) *Pool {
	return &Pool{jobs: make(chan Job, depth), exportDir: exportDir}
}

func (p *Pool) Enqueue(j Job) error {
	select {
	case p.jobs <- j:
		return nil
	default:
		return ErrQueueFull
	}
}

func (p *Pool) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-p.jobs:
			start := time.Now()
			err := p.handle(ctx, j)
			slog.Info("job finished", "id", j.ID, "kind", j.Kind, "by", j.RequestedBy, "took", time.Since(start), "err", err)
		}
	}
}

func (p *Pool) handle(ctx context.Context, j Job) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	switch j.Kind {
	case KindStationExport:
		out := filepath.Join(p.exportDir, j.ID+".gz")
		script := fmt.Sprintf("vwctl sessions export --station %s --format %s | gzip -c > %s", j.StationCode, j.Format, out)
		return exec.CommandContext(ctx, "sh", "-c", script).Run() // VULN cmdi
	case KindPayoutReport:
		out := filepath.Join(p.exportDir, j.ID+".pdf")
		script := fmt.Sprintf("vwctl payouts report --period %04d-%02d | vw-pdf > %s", j.Year, j.Month, out)
		return exec.CommandContext(ctx, "sh", "-c", script).Run() // SAFE cmdi
	default:
		return fmt.Errorf("worker: unknown job kind %q", j.Kind)
	}
}
