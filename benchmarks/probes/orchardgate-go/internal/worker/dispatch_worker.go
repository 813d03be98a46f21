package worker

import (
	"context"
	"log"
	"time"

	"github.com/ThreeDotsLabs/watermill/message"

	"github.com/orchardgate/orchardgate/internal/dto"
	"github.com/orchardgate/orchardgate/internal/messaging"
	"github.com/orchardgate/orchardgate/internal/service"
)

// DispatchWorker applies route status changes and processes uploaded imports.
type DispatchWorker struct {
	pickups *service.PickupService
	imports *service.ImportService
}

func NewDispatchWorker(p *service.PickupService, i *service.ImportService) *DispatchWorker {
	return &DispatchWorker{pickups: p, imports: i}
}

func (w *DispatchWorker) Register(r *message.Router, bus *messaging.Bus) {
	r.AddNoPublisherHandler("route-status", messaging.TopicPickupStatus, bus.Subscriber, w.handleRouteStatus)
	r.AddNoPublisherHandler("manifest-reconcile", messaging.TopicManifests, bus.Subscriber, w.handleManifest)
	r.AddNoPublisherHandler("scale-bundles", messaging.TopicScaleBundles, bus.Subscriber, w.handleScaleBundle)
}

func (w *DispatchWorker) handleRouteStatus(msg *message.Message) error {
	var change dto.PickupStatusChange
	if err := messaging.Decode(msg, &change); err != nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(msg.Context(), 10*time.Second)
	defer cancel()
	n, err := w.pickups.ApplyRouteStatus(ctx, change)
	if err != nil {
		return err
	}
	log.Printf("route %s: %d pickups -> %s (by %s)", change.Route, n, change.Status, change.Actor)
	return nil
}

func (w *DispatchWorker) handleManifest(msg *message.Message) error {
	var up dto.ManifestUpload
	if err := messaging.Decode(msg, &up); err != nil {
		return nil
	}
	lines, err := w.imports.Reconcile(up)
	if err != nil {
		log.Printf("manifest %s: %v", up.FileName, err)
		return nil
	}
	var bins int
	for _, l := range lines {
		bins += l.Bins
	}
	log.Printf("manifest %s: grower %s, %d lines, %d bins", up.FileName, up.GrowerCode, len(lines), bins)
	return nil
}

func (w *DispatchWorker) handleScaleBundle(msg *message.Message) error {
	var up dto.ManifestUpload
	if err := messaging.Decode(msg, &up); err != nil {
		return nil
	}
	files, err := w.imports.UnpackScaleBundle(up.FileName)
	if err != nil {
		log.Printf("scale bundle %s: %v", up.FileName, err)
		return nil
	}
	log.Printf("scale bundle %s: %d files", up.FileName, len(files))
	return nil
}
