package worker

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"math/rand/v2"
	"net/http"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/google/uuid"
)

// gpsbabelFormats maps an export format to gpsbabel's output type.
var gpsbabelFormats = map[string]string{"gpx": "gpx", "kml": "kml", "csv": "unicsv"}

type Worker struct {
	queue               *Queue
	spoolDir, exportDir string
	client              *http.Client
}

func New(q *Queue, spoolDir, exportDir string) *Worker {
	return &Worker{queue: q, spoolDir: spoolDir, exportDir: exportDir, client: &http.Client{Timeout: 15 * time.Second}}
}

func (w *Worker) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-w.queue.jobs:
			if err := w.handle(ctx, j); err != nil && j.Attempts < 4 {
				log.Printf("job %s (%s) failed: %v", j.ID, j.Kind, err)
				j.Attempts++
				delay := time.Duration(1<<j.Attempts)*time.Second + rand.N(time.Second) // SAFE random
				time.AfterFunc(delay, func() { _ = w.queue.Enqueue(j) })
			}
		}
	}
}

func (w *Worker) handle(ctx context.Context, j Job) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	switch j.Kind {
	case "convert":
		format, ok := gpsbabelFormats[j.Tool]
		id, err := uuid.Parse(j.ExportID)
		if !ok || err != nil {
			return fmt.Errorf("bad convert job: format %q, export %q", j.Tool, j.ExportID)
		}
		in, out := filepath.Join(w.spoolDir, id.String()+".nmea"), filepath.Join(w.exportDir, id.String()+"."+j.Tool)
		if msg, err := exec.CommandContext(ctx, "/usr/bin/gpsbabel", "-i", "nmea", "-f", in, "-o", format, "-F", out).CombinedOutput(); err != nil { // SAFE cmdi
			return fmt.Errorf("gpsbabel: %v: %s", err, msg)
		}
		return w.notify(ctx, j, map[string]string{"export_id": id.String()})
	case "diagnostic":
		out, err := exec.CommandContext(ctx, j.Tool, j.Args...).CombinedOutput() // VULN cmdi
		if err != nil {
			return fmt.Errorf("%s: %v", j.Tool, err)
		}
		return w.notify(ctx, j, map[string]string{"output": string(out)})
	case "notify":
		return w.notify(ctx, j, j.Payload)
	}
	return fmt.Errorf("unknown job kind %q", j.Kind)
}

func (w *Worker) notify(ctx context.Context, j Job, result interface{}) error {
	if j.CallbackURL == "" {
		return nil
	}
	body, _ := json.Marshal(map[string]interface{}{"job": j.ID, "kind": j.Kind, "result": result})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, j.CallbackURL, bytes.NewReader(body)) // VULN ssrf
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := w.client.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}
