package worker

import (
	"context"
	"fmt"
	"net/http"
	"os/exec"
	"strings"
)

type Job struct {
	ID          string
	Serial      string
	CallbackURL string
	Year        int
}

type Runner struct {
	jobs   chan Job
	client *http.Client
}

func (r *Runner) Start(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-r.jobs:
			script := fmt.Sprintf("flash --serial %s", j.Serial)
			// ruleid: trace.go.command-injection.queued-job
			exec.CommandContext(ctx, "sh", "-c", script).Run()
			// ok: trace.go.command-injection.queued-job
			exec.CommandContext(ctx, "flash", "--serial", j.Serial).Run()
			// ok: trace.go.command-injection.queued-job
			exec.CommandContext(ctx, "sh", "-c", fmt.Sprintf("report --year %04d --out /x/%s.pdf", j.Year, j.ID)).Run()
		}
	}
}

func (r *Runner) Drain(ctx context.Context, jobs chan Job) {
	for job := range jobs {
		// a queued job's callback URL was a request's: the worker calls it (stored SSRF)
		// ruleid: trace.go.ssrf.stored-url
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, job.CallbackURL, strings.NewReader("{}"))
		r.client.Do(req)
	}
	ticks := make(chan string)
	for t := range ticks {
		// ok: trace.go.command-injection.queued-job
		exec.Command("sh", "-c", "echo tick").Run()
		_ = t
	}
}
