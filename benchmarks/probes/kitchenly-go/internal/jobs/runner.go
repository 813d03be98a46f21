package jobs

import (
	"context"
	"errors"
	"log/slog"
	"os/exec"
	"path/filepath"
	"time"
)

var ErrQueueFull = errors.New("job queue is full")

// Job is a unit of background work: either a shell Command or Args for the export tool.
type Job struct {
	ID        string
	Kind      string
	KitchenID int64
	Command   string
	Args      []string
	QueuedBy  string
}

type Runner struct {
	log      *slog.Logger
	workdir  string
	toolsDir string
	queue    chan Job
}

func NewRunner(log *slog.Logger, workdir, toolsDir string, depth int) *Runner {
	return &Runner{log: log, workdir: workdir, toolsDir: toolsDir, queue: make(chan Job, depth)}
}

func (r *Runner) Submit(j Job) error {
	select {
	case r.queue <- j:
		return nil
	default:
		return ErrQueueFull
	}
}

func (r *Runner) Start(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-r.queue:
			start := time.Now()
			out, err := r.execute(ctx, j)
			r.log.Info("job finished", "id", j.ID, "kind", j.Kind, "kitchen", j.KitchenID,
				"queued_by", j.QueuedBy, "took", time.Since(start), "output_bytes", len(out), "err", err)
		}
	}
}

func (r *Runner) execute(ctx context.Context, j Job) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Minute)
	defer cancel()
	var cmd *exec.Cmd
	if j.Command != "" {
		cmd = exec.CommandContext(ctx, "bash", "-c", j.Command) // VULN cmdi
	} else {
		cmd = exec.CommandContext(ctx, filepath.Join(r.toolsDir, "kitchenly-export"), j.Args...) // SAFE cmdi
	}
	cmd.Dir = r.workdir
	return cmd.CombinedOutput()
}
