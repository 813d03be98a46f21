package service

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/orchardgate/orchardgate/internal/dto"
	"github.com/orchardgate/orchardgate/internal/printing"
	"github.com/orchardgate/orchardgate/internal/render"
	"github.com/orchardgate/orchardgate/internal/repository"
	"github.com/orchardgate/orchardgate/internal/storage"
)

// LabelService renders and prints bin labels for graded deliveries.
type LabelService struct {
	deliveries *repository.DeliveryRepository
	growers    *repository.GrowerRepository
	renderer   *render.LabelRenderer
	store      *storage.PhotoStore
	spooler    *printing.Spooler
}

func NewLabelService(d *repository.DeliveryRepository, g *repository.GrowerRepository, r *render.LabelRenderer, s *storage.PhotoStore, p *printing.Spooler) *LabelService {
	return &LabelService{deliveries: d, growers: g, renderer: r, store: s, spooler: p}
}

// Process handles one label job from the queue.
func (s *LabelService) Process(ctx context.Context, job dto.LabelJob) error {
	d, err := s.deliveries.Get(ctx, job.DeliveryID)
	if err != nil {
		return err
	}
	g, err := s.growers.ByID(ctx, job.GrowerID)
	if err != nil {
		return err
	}
	var body []byte
	switch g.LabelLayout {
	case "", "standard", "compact":
		layout := g.LabelLayout
		if layout == "" {
			layout = "standard"
		}
		body, err = s.renderer.RenderLayout(layout, *d, *g)
	default:
		body, err = s.renderer.RenderCustom(g.LabelLayout, *d, *g)
	}
	if err != nil {
		return fmt.Errorf("render label: %w", err)
	}
	path, err := s.store.WriteLabel(fmt.Sprintf("bin-%07d.zpl", d.ID), body)
	if err != nil {
		return err
	}
	copies := job.Copies
	if copies <= 0 || copies > 10 {
		copies = 1
	}
	if err := s.spooler.PrintLabel(ctx, "", path, copies); err != nil {
		return err
	}
	if g.Printer != "" {
		return s.spooler.PrintGrowerCopy(ctx, g.Printer, filepath.Clean(path))
	}
	return nil
}

// Download returns a stored label file.
func (s *LabelService) Download(rel string) ([]byte, error) {
	return s.store.ReadLabel(rel)
}

// Discard deletes a stored label file.
func (s *LabelService) Discard(encoded string) error {
	return s.store.DeleteLabel(encoded)
}
