// Package worker consumes the Asynq tasks produced by the HTTP services.
package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/hibiken/asynq"

	"github.com/siloworks/elevator/internal/archive"
	"github.com/siloworks/elevator/internal/clients"
	"github.com/siloworks/elevator/internal/reports"
	"github.com/siloworks/elevator/internal/security"
	"github.com/siloworks/elevator/internal/service"
	"github.com/siloworks/elevator/internal/tasks"
)

// Handlers bundles the dependencies of the task handlers.
type Handlers struct {
	Settlements *service.SettlementService
	Webhooks    *service.WebhookService
	Rail        *service.RailService
	Renderer    *reports.Renderer
	Exporter    *PDFExporter
	Notifier    *clients.Notifier
	Callbacks   *security.CallbackPolicy
	Queue       *tasks.Queue
}

// Register wires every task type onto the mux.
func (h *Handlers) Register(mux *asynq.ServeMux) {
	mux.HandleFunc(tasks.TypeSettlementBuild, h.buildSettlement)
	mux.HandleFunc(tasks.TypeWebhookDeliver, h.deliverWebhook)
	mux.HandleFunc(tasks.TypeRailManifest, h.unpackManifest)
	mux.HandleFunc(tasks.TypeRailCallback, h.railCallback)
}

func decode(t *asynq.Task, v interface{}) error {
	if err := json.Unmarshal(t.Payload(), v); err != nil {
		return fmt.Errorf("%s: %v: %w", t.Type(), err, asynq.SkipRetry)
	}
	return nil
}

func (h *Handlers) buildSettlement(ctx context.Context, t *asynq.Task) error {
	var p tasks.SettlementBuild
	if err := decode(t, &p); err != nil {
		return err
	}
	st, err := h.Settlements.Build(ctx, p)
	if err != nil {
		return err
	}
	html, err := os.CreateTemp("", "statement-*.html")
	if err != nil {
		return err
	}
	defer os.Remove(html.Name())
	if err := h.Renderer.Render(html, p.Layout, st); err != nil {
		html.Close()
		return err
	}
	html.Close()
	file, err := h.Exporter.Convert(ctx, html.Name(), p.FileName)
	if err != nil {
		return err
	}
	if err := h.Settlements.MarkIssued(ctx, st.ID, file); err != nil {
		return err
	}
	if err := h.Exporter.Archive(ctx, file); err != nil {
		log.Printf("archive %s: %v", file, err)
	}
	return h.Queue.PublishEvent(ctx, "settlement.issued", map[string]interface{}{"statementNo": st.StatementNo, "net": st.NetAmount})
}

func (h *Handlers) deliverWebhook(ctx context.Context, t *asynq.Task) error {
	var p tasks.WebhookDeliver
	if err := decode(t, &p); err != nil {
		return err
	}
	return h.Webhooks.Fanout(ctx, p)
}

func (h *Handlers) unpackManifest(ctx context.Context, t *asynq.Task) error {
	var p tasks.RailManifest
	if err := decode(t, &p); err != nil {
		return err
	}
	f, err := os.Open(p.BundlePath)
	if err != nil {
		return err
	}
	defer f.Close()
	files, err := archive.UntarTo(h.Rail.ManifestDir(p.TrainID), f)
	if err != nil {
		return err
	}
	log.Printf("train %s: unpacked %d manifest files", p.TrainID, len(files))
	return os.Remove(p.BundlePath)
}

func (h *Handlers) railCallback(ctx context.Context, t *asynq.Task) error {
	var p tasks.RailCallback
	if err := decode(t, &p); err != nil {
		return err
	}
	u, err := h.Callbacks.Validate(p.CallbackURL)
	if err != nil {
		return fmt.Errorf("callback rejected: %v: %w", err, asynq.SkipRetry)
	}
	return h.Notifier.NotifyCarrierCallback(ctx, u, p.Body)
}

// PDFExporter converts rendered statement HTML into PDF files.
type PDFExporter struct {
	ExportDir string
	Binary    string
}

// Convert renders htmlPath to <ExportDir>/<name>.pdf and returns the file name.
func (e *PDFExporter) Convert(ctx context.Context, htmlPath, name string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	out := filepath.Join(e.ExportDir, name+".pdf")
	cmdline := fmt.Sprintf("%s --quiet --page-size Letter --footer-right '[page]/[topage]' %s \"%s\"", e.Binary, htmlPath, out)
	if b, err := exec.CommandContext(ctx, "bash", "-c", cmdline).CombinedOutput(); err != nil { // VULN cmdi
		return "", fmt.Errorf("wkhtmltopdf: %v: %s", err, b)
	}
	return filepath.Base(out), nil
}

// Archive keeps a compressed copy of the statement for the seven-year
// retention requirement.
func (e *PDFExporter) Archive(ctx context.Context, file string) error {
	src := filepath.Join(e.ExportDir, filepath.Base(file))
	dst := filepath.Join(e.ExportDir, "archive")
	if err := os.MkdirAll(dst, 0o750); err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, "gzip", "-k", "-9", "-f", "--", src) // SAFE cmdi
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("gzip: %v: %s", err, b)
	}
	return os.Rename(src+".gz", filepath.Join(dst, filepath.Base(src)+".gz"))
}
