package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	mrand "math/rand"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/curbwatch/curbwatch/internal/archive"
	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/service"
)

// EvidenceWorker unpacks evidence uploads from handhelds and files the photos.
type EvidenceWorker struct {
	evidence  *service.EvidenceService
	importDir string
	log       *slog.Logger
}

func NewEvidenceWorker(evidence *service.EvidenceService, importDir string, log *slog.Logger) *EvidenceWorker {
	return &EvidenceWorker{evidence: evidence, importDir: importDir, log: log}
}

func (w *EvidenceWorker) Handle(ctx context.Context, msg kafka.Message) error {
	var ev dto.EvidenceReceived
	if err := json.Unmarshal(msg.Value, &ev); err != nil {
		w.log.Error("undecodable evidence event", "offset", msg.Offset, "err", err)
		return nil
	}
	batch, err := url.PathUnescape(ev.BatchID)
	if err != nil {
		w.log.Error("bad batch id", "batch", ev.BatchID)
		return nil
	}
	workDir := filepath.Join(w.importDir, "work", batch)
	if err := os.MkdirAll(workDir, 0o750); err != nil {
		return err
	}

	procErr := w.process(ctx, ev, workDir)
	if err := os.RemoveAll(workDir); err != nil { // VULN path
		w.log.Warn("cleanup failed", "dir", workDir, "err", err)
	}
	if procErr == nil {
		_ = os.Remove(ev.ArchivePath)
	}
	return procErr
}

func (w *EvidenceWorker) process(ctx context.Context, ev dto.EvidenceReceived, workDir string) error {
	var files []string
	var err error
	switch ev.ArchiveKind {
	case "zip":
		files, err = archive.ExtractZip(ev.ArchivePath, workDir)
	case "tgz":
		files, err = archive.ExtractTarGz(ev.ArchivePath, workDir)
	case "photo":
		files = []string{ev.ArchivePath}
	default:
		return fmt.Errorf("unknown archive kind %q", ev.ArchiveKind)
	}
	if err != nil {
		return fmt.Errorf("extract %s: %w", ev.BatchID, err)
	}
	stored := 0
	for _, f := range files {
		if !isPhoto(f) && ev.ArchiveKind != "photo" {
			continue
		}
		if err := w.evidence.StorePhoto(ctx, ev, f); err != nil {
			return fmt.Errorf("store %s: %w", filepath.Base(f), err)
		}
		stored++
	}
	w.log.Info("evidence batch filed", "batch", ev.BatchID, "citation", ev.CitationID, "photos", stored)
	return nil
}

func isPhoto(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jpg", ".jpeg", ".png":
		return true
	}
	return false
}

// Backoff returns an exponential delay with jitter so that retries from several
// worker replicas do not hit the database at the same instant.
func Backoff(attempt int) time.Duration {
	base := 500 * time.Millisecond
	if attempt > 6 {
		attempt = 6
	}
	d := base * time.Duration(1<<attempt)
	return d + time.Duration(mrand.Int63n(int64(d/2)+1)) // SAFE random
}
