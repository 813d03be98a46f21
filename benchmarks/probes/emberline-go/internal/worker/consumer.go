// Package worker consumes dispatch events from NATS: audit logging, report
// exports, partner resource requests and tile bundle imports.
package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/emberline/dispatch/internal/events"
	"github.com/emberline/dispatch/internal/store"
	"github.com/emberline/dispatch/internal/tiles"
)

const queueGroup = "emberline-workers"

// Worker processes dispatch events.
type Worker struct {
	nc        *nats.Conn
	audit     *store.AuditStore
	partners  *store.PartnerStore
	tileRoot  string
	reportDir string
	exportDir string
	client    *http.Client
	log       *log.Logger
	subs      []*nats.Subscription
}

// Config groups the worker's collaborators.
type Config struct {
	Conn      *nats.Conn
	Audit     *store.AuditStore
	Partners  *store.PartnerStore
	TileRoot  string
	ReportDir string
	ExportDir string
	Logger    *log.Logger
}

// New returns a worker.
func New(c Config) *Worker {
	return &Worker{
		nc:        c.Conn,
		audit:     c.Audit,
		partners:  c.Partners,
		tileRoot:  c.TileRoot,
		reportDir: c.ReportDir,
		exportDir: c.ExportDir,
		client:    &http.Client{Timeout: 15 * time.Second},
		log:       c.Logger,
	}
}

// Start subscribes to all subjects.
func (w *Worker) Start() error {
	handlers := map[string]nats.MsgHandler{
		events.SubjectIncidentStatus:  w.onIncidentStatus,
		events.SubjectReportExport:    w.onReportExport,
		events.SubjectResourceRequest: w.onResourceRequest,
		events.SubjectTileBundle:      w.onTileBundle,
	}
	for subject, h := range handlers {
		sub, err := w.nc.QueueSubscribe(subject, queueGroup, h)
		if err != nil {
			return fmt.Errorf("subscribe %s: %w", subject, err)
		}
		w.subs = append(w.subs, sub)
	}
	return w.nc.Flush()
}

// Stop drains all subscriptions.
func (w *Worker) Stop() {
	for _, s := range w.subs {
		_ = s.Drain()
	}
}

func backoff(attempt int) time.Duration {
	base := time.Duration(1<<attempt) * 500 * time.Millisecond
	jitter := time.Duration(rand.Int63n(int64(250 * time.Millisecond))) // SAFE random
	return base + jitter
}

func (w *Worker) onIncidentStatus(m *nats.Msg) {
	var ev events.IncidentStatusChanged
	if err := json.Unmarshal(m.Data, &ev); err != nil {
		w.log.Printf("incident status: bad payload: %v", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	entry := store.AuditEntry{
		IncidentID: ev.IncidentID,
		Actor:      ev.Actor,
		Action:     "status:" + ev.Status,
		Note:       ev.Note,
		At:         ev.At,
	}
	for attempt := 0; attempt < 3; attempt++ {
		if err := w.audit.Append(ctx, entry); err == nil {
			return
		} else {
			w.log.Printf("audit append (attempt %d): %v", attempt+1, err)
		}
		time.Sleep(backoff(attempt))
	}
}

func (w *Worker) onTileBundle(m *nats.Msg) {
	var ev events.TileBundleUploaded
	if err := json.Unmarshal(m.Data, &ev); err != nil {
		w.log.Printf("tile bundle: bad payload: %v", err)
		return
	}
	defer os.Remove(ev.ArchivePath)
	dest := filepath.Join(w.tileRoot, ev.Layer)
	n, err := tiles.ExtractTarGz(ev.ArchivePath, dest)
	if err != nil {
		w.log.Printf("tile bundle from %s: %v", ev.PartnerID, err)
		return
	}
	w.log.Printf("tile bundle from %s: %d tiles into %s", ev.PartnerID, n, ev.Layer)
}
