package worker

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"

	"github.com/segmentio/kafka-go"

	"github.com/curbwatch/curbwatch/internal/clients"
	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/repository"
	"github.com/curbwatch/curbwatch/internal/service"
)

// CitationWorker reacts to newly issued citations: it pulls remote photos
// and notifies fleet operators whose vehicles were cited.
type CitationWorker struct {
	evidence *service.EvidenceService
	fleets   *service.FleetService
	http     *clients.HTTPClient
	payBase  string
	log      *slog.Logger
}

func NewCitationWorker(evidence *service.EvidenceService, fleets *service.FleetService, httpc *clients.HTTPClient, payBase string, log *slog.Logger) *CitationWorker {
	return &CitationWorker{evidence: evidence, fleets: fleets, http: httpc, payBase: payBase, log: log}
}

func (w *CitationWorker) Handle(ctx context.Context, msg kafka.Message) error {
	var ev dto.CitationIssued
	if err := json.Unmarshal(msg.Value, &ev); err != nil {
		w.log.Error("undecodable citation event", "offset", msg.Offset, "err", err)
		return nil
	}
	if err := w.evidence.ImportRemotePhoto(ctx, ev); err != nil {
		w.log.Warn("remote photo import failed", "citation", ev.Number, "err", err)
	}

	acct, err := w.fleets.WebhookFor(ctx, ev.Plate, ev.PlateState)
	if errors.Is(err, repository.ErrNotFound) || (err == nil && acct.WebhookURL == "") {
		return nil
	}
	if err != nil {
		return err
	}
	res, err := w.http.DeliverCitation(ctx, acct.WebhookURL, w.payBase, ev)
	if err != nil {
		return err
	}
	w.log.Info("fleet webhook delivered", "fleet", acct.ID, "citation", ev.Number, "status", res.StatusCode)
	return nil
}
