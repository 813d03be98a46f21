package service

import (
	"context"
	"errors"
	"fmt"
	"mime/multipart"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/uuid"

	"github.com/stillriver/stillriver/internal/clients"
	"github.com/stillriver/stillriver/internal/domain"
	"github.com/stillriver/stillriver/internal/dto"
	"github.com/stillriver/stillriver/internal/repo"
	"github.com/stillriver/stillriver/internal/storage"
	"github.com/stillriver/stillriver/internal/tasks"
)

// Errors returned by the inspection service.
var (
	ErrAlreadySigned = errors.New("inspection is already signed off")
	ErrBadPhotoURL   = errors.New("photo URL must be http or https")
)

// InspectionService implements the inspector portal's operations.
type InspectionService struct {
	inspections *repo.InspectionRepo
	vessels     *repo.VesselRepo
	fetcher     *clients.PhotoFetcher
	queue       *tasks.Enqueuer
	photoRoot   string
	portalHost  string
}

// NewInspectionService returns an inspection service.
func NewInspectionService(i *repo.InspectionRepo, v *repo.VesselRepo, f *clients.PhotoFetcher, q *tasks.Enqueuer, photoRoot, portalHost string) *InspectionService {
	return &InspectionService{inspections: i, vessels: v, fetcher: f, queue: q, photoRoot: photoRoot, portalHost: portalHost}
}

// LatestForHull returns the latest inspection and vessel for a hull.
func (s *InspectionService) LatestForHull(ctx context.Context, hull string) (*domain.Inspection, *domain.Vessel, error) {
	in, err := s.inspections.LatestForHull(ctx, strings.ToUpper(strings.TrimSpace(hull)))
	if err != nil {
		return nil, nil, err
	}
	v, err := s.vessels.ByID(ctx, in.VesselID)
	return in, v, err
}

// Create opens a new inspection.
func (s *InspectionService) Create(ctx context.Context, req dto.CreateInspectionRequest, inspector string) (*domain.Inspection, error) {
	v, err := s.vessels.ByHull(ctx, req.HullID)
	if err != nil {
		return nil, err
	}
	in := &domain.Inspection{VesselID: v.ID, HullID: v.HullID, InspectorID: inspector, LockID: req.LockID,
		Result: domain.InspectionConditional, Findings: req.Findings}
	return in, s.inspections.Create(ctx, in)
}

// SignOff finalises an inspection.
func (s *InspectionService) SignOff(ctx context.Context, req dto.SignoffRequest, inspector string) error {
	in, err := s.inspections.ByID(ctx, req.ID)
	if err != nil {
		return err
	}
	if in.SignedOff {
		return ErrAlreadySigned
	}
	return s.inspections.SignOff(ctx, req.ID, domain.InspectionResult(req.Result), req.Findings, inspector)
}

// ReturnTarget decides where to send the inspector after sign-off. Links
// from the tablet app point at the portal or one of its sub-domains.
func (s *InspectionService) ReturnTarget(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || raw == "" {
		return "/inspections/queue"
	}
	if u.Host == "" || strings.HasSuffix(u.Hostname(), s.portalHost) {
		return raw
	}
	return "/inspections/queue"
}

// AttachRemotePhoto downloads a shared photo into the inspection's folder.
func (s *InspectionService) AttachRemotePhoto(ctx context.Context, inspectionID int64, rawURL string) (*domain.Photo, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, ErrBadPhotoURL
	}
	dir := filepath.Join(s.photoRoot, fmt.Sprintf("inspection-%d", inspectionID))
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, err
	}
	dest := filepath.Join(dir, uuid.NewString()+".jpg")
	if _, err := s.fetcher.Download(ctx, u.String(), dest); err != nil {
		return nil, err
	}
	p := &domain.Photo{InspectionID: inspectionID, Path: dest, SourceURL: u.String()}
	if err := s.inspections.AddPhoto(ctx, p); err != nil {
		return nil, err
	}
	return p, s.queue.PhotoThumbnail(ctx, p.ID, p.Path)
}

// ImportBundle unpacks a zipped photo bundle from the tablet app.
func (s *InspectionService) ImportBundle(ctx context.Context, inspectionID int64, fh *multipart.FileHeader) (int, error) {
	src, err := fh.Open()
	if err != nil {
		return 0, err
	}
	defer src.Close()
	tmp, err := os.CreateTemp("", "bundle-*.zip")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.ReadFrom(src); err != nil {
		tmp.Close()
		return 0, err
	}
	tmp.Close()
	dest := filepath.Join(s.photoRoot, fmt.Sprintf("inspection-%d", inspectionID))
	paths, err := storage.ExtractBundle(tmp.Name(), dest)
	if err != nil {
		return len(paths), err
	}
	for _, path := range paths {
		p := &domain.Photo{InspectionID: inspectionID, Path: path}
		if err := s.inspections.AddPhoto(ctx, p); err != nil {
			return 0, err
		}
		_ = s.queue.PhotoThumbnail(ctx, p.ID, p.Path)
	}
	return len(paths), nil
}
