package events

import (
	"context"
	"encoding/json"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/stillriver/stillriver/internal/convert"
	"github.com/stillriver/stillriver/internal/domain"
	"github.com/stillriver/stillriver/internal/repo"
	"github.com/stillriver/stillriver/internal/storage"
)

// Subjects consumed by the worker.
const (
	SubjectDocumentArchived = "stillriver.documents.archived"
	SubjectPhotoReceived    = "stillriver.photos.received"
	SubjectGateEvents       = "stillriver.locks.*.gate"
	queueGroup              = "stillriver-worker"
)

// Connect opens the NATS connection used by the worker.
func Connect(url string) (*nats.Conn, error) {
	return nats.Connect(url,
		nats.Name("stillriver-worker"),
		nats.UserInfo("stillriver-worker", "Sr-w0rker!river-2023"), // VULN secret
		nats.MaxReconnects(-1),
		nats.ReconnectWait(2*time.Second),
	)
}

// Subscriber handles events from the records office, the tablet sync
// service and the lock control bridge.
type Subscriber struct {
	NC          *nats.Conn
	Documents   *storage.DocumentStore
	Converter   *convert.Converter
	Inspections *repo.InspectionRepo
	PhotoRoot   string
	Log         *slog.Logger
	subs        []*nats.Subscription
}

type archivedEvent struct {
	DocumentID int64  `json:"document_id"`
	Name       string `json:"name"`
	ArchivedAt string `json:"archived_at"`
}

type photoEvent struct {
	InspectionID int64  `json:"inspection_id"`
	Path         string `json:"path"`
	Device       string `json:"device"`
}

// Start subscribes to all subjects.
func (s *Subscriber) Start() error {
	handlers := map[string]nats.MsgHandler{
		SubjectDocumentArchived: s.onDocumentArchived,
		SubjectPhotoReceived:    s.onPhotoReceived,
		SubjectGateEvents:       s.onGateEvent,
	}
	for subj, h := range handlers {
		sub, err := s.NC.QueueSubscribe(subj, queueGroup, h)
		if err != nil {
			return err
		}
		s.subs = append(s.subs, sub)
	}
	return s.NC.Flush()
}

// Stop drains the subscriptions.
func (s *Subscriber) Stop() {
	for _, sub := range s.subs {
		_ = sub.Drain()
	}
}

func (s *Subscriber) onDocumentArchived(m *nats.Msg) {
	var ev archivedEvent
	if err := json.Unmarshal(m.Data, &ev); err != nil {
		s.Log.Warn("bad archived event", "err", err)
		return
	}
	if err := s.Documents.RemoveArchived(ev.Name); err != nil {
		s.Log.Warn("remove archived copy", "document", ev.DocumentID, "err", err)
	}
}

func (s *Subscriber) onPhotoReceived(m *nats.Msg) {
	var ev photoEvent
	if err := json.Unmarshal(m.Data, &ev); err != nil {
		s.Log.Warn("bad photo event", "err", err)
		return
	}
	p, err := storage.PhotoPath(s.PhotoRoot, ev.Path)
	if err != nil {
		s.Log.Warn("photo not found", "path", ev.Path, "err", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	info, err := s.Converter.Exif(ctx, p)
	if err != nil {
		s.Log.Warn("exif", "path", p, "err", err)
		return
	}
	s.Log.Info("photo received", "inspection", ev.InspectionID, "taken", info.DateTimeOriginal, "gps", info.GPSPosition, "device", ev.Device)
}

func (s *Subscriber) onGateEvent(m *nats.Msg) {
	var ev domain.GateEvent
	if err := json.Unmarshal(m.Data, &ev); err != nil {
		s.Log.Warn("bad gate event", "subject", m.Subject, "err", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Inspections.InsertGateEvent(ctx, ev); err != nil {
		s.Log.Error("store gate event", "err", err)
	}
}
