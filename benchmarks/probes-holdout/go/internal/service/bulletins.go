package service

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/uuid"

	"github.com/chairlift-resort/chairlift/internal/dto"
	"github.com/chairlift-resort/chairlift/internal/files"
	"github.com/chairlift-resort/chairlift/internal/models"
	"github.com/chairlift-resort/chairlift/internal/queue"
	"github.com/chairlift-resort/chairlift/internal/store"
	"github.com/chairlift-resort/chairlift/internal/validate"
)

// MaxPhotoSize bounds observation photos (8 MiB).
const MaxPhotoSize = 8 << 20

// BulletinService manages avalanche bulletins and field observations.
type BulletinService struct {
	bulletins  *store.BulletinStore
	queue      *queue.Queue
	client     *http.Client
	photoDir   string
	archiveDir string
	feedHosts  []string
}

// NewBulletinService wires the bulletin service.
func NewBulletinService(st *store.Stores, q *queue.Queue, client *http.Client, photoDir, archiveDir string, feedHosts []string) *BulletinService {
	return &BulletinService{bulletins: st.Bulletins, queue: q, client: client, photoDir: photoDir, archiveDir: archiveDir, feedHosts: feedHosts}
}

// Latest returns the current bulletin and recent observations for a region.
func (s *BulletinService) Latest(ctx context.Context, region string) (models.Bulletin, []models.Observation, error) {
	b, err := s.bulletins.Latest(ctx, region)
	if err != nil {
		return b, nil, err
	}
	obs, err := s.bulletins.RecentObservations(ctx, region)
	return b, obs, err
}

// SubmitObservation stores a field report, downloading its photo if linked.
func (s *BulletinService) SubmitObservation(ctx context.Context, req dto.ObservationRequest) (models.Observation, error) {
	if !validate.Region(req.Region) {
		return models.Observation{}, validate.ErrInvalid
	}
	o := models.Observation{Region: req.Region, Reporter: req.Reporter, Description: req.Description}
	if req.PhotoURL != "" {
		name, err := s.fetchPhoto(ctx, req.PhotoURL)
		if err != nil {
			return o, fmt.Errorf("photo: %w", err)
		}
		o.PhotoPath = name
	}
	err := s.bulletins.AddObservation(ctx, &o)
	return o, err
}

func (s *BulletinService) fetchPhoto(ctx context.Context, photoURL string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, photoURL, nil)
	if err != nil {
		return "", err
	}
	resp, err := s.client.Do(req) // VULN ssrf
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "image/") {
		return "", errors.New("photo link is not an image")
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxPhotoSize))
	if err != nil {
		return "", err
	}
	name := uuid.NewString() + ".jpg"
	if err := os.WriteFile(filepath.Join(s.photoDir, name), data, 0o640); err != nil { // SAFE path
		return "", err
	}
	return name, nil
}

// RequestFeedImport queues an import from one of the configured providers.
func (s *BulletinService) RequestFeedImport(ctx context.Context, feedURL string) error {
	u, err := url.Parse(feedURL)
	if err != nil || !validate.HostAllowed(u, s.feedHosts) {
		return errors.New("feed host is not a configured bulletin provider")
	}
	return s.queue.Enqueue(ctx, queue.KindFeedImport, queue.FeedImportJob{FeedURL: u.String()})
}

// StoreArchive saves an uploaded bulletin archive and queues its extraction.
func (s *BulletinService) StoreArchive(ctx context.Context, region string, fh *multipart.FileHeader, uploadedBy string) (string, error) {
	if !validate.Region(region) {
		return "", validate.ErrInvalid
	}
	src, err := fh.Open()
	if err != nil {
		return "", err
	}
	defer src.Close()
	dst := filepath.Join(s.archiveDir, "incoming", uuid.NewString()+".zip")
	if err := os.MkdirAll(filepath.Dir(dst), 0o750); err != nil {
		return "", err
	}
	out, err := os.Create(dst)
	if err != nil {
		return "", err
	}
	tooBig, err := files.CopyN(out, src, 200<<20)
	out.Close()
	if err != nil || tooBig {
		os.Remove(dst)
		return "", errors.New("archive upload failed or too large")
	}
	err = s.queue.Enqueue(ctx, queue.KindBulletinArchive, queue.BulletinArchiveJob{Region: region, ArchivePath: dst, UploadedBy: uploadedBy})
	return dst, err
}
