package service

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/curbwatch/curbwatch/internal/auth"
	"github.com/curbwatch/curbwatch/internal/clients"
	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/queue"
	"github.com/curbwatch/curbwatch/internal/repository"
)

// PhotoMeta is the subset of EXIF data kept with an evidence photo.
type PhotoMeta struct {
	TakenAt   string  `json:"DateTimeOriginal"`
	Latitude  float64 `json:"GPSLatitude"`
	Longitude float64 `json:"GPSLongitude"`
	Device    string  `json:"Model"`
}

type EvidenceService struct {
	citations     *repository.CitationRepository
	dmv           *clients.DMVClient
	publisher     *queue.Publisher
	evidenceTopic string
	importDir     string
	evidenceDir   string
	thumbsDir     string
}

func NewEvidenceService(citations *repository.CitationRepository, dmv *clients.DMVClient, pub *queue.Publisher, evidenceTopic, importDir, evidenceDir string) *EvidenceService {
	return &EvidenceService{
		citations:     citations,
		dmv:           dmv,
		publisher:     pub,
		evidenceTopic: evidenceTopic,
		importDir:     importDir,
		evidenceDir:   evidenceDir,
		thumbsDir:     filepath.Join(evidenceDir, "thumbs"),
	}
}

// ArchiveKind classifies an upload by its file name.
func ArchiveKind(filename string) (string, bool) {
	lower := strings.ToLower(filename)
	switch {
	case strings.HasSuffix(lower, ".zip"):
		return "zip", true
	case strings.HasSuffix(lower, ".tar.gz"), strings.HasSuffix(lower, ".tgz"):
		return "tgz", true
	case strings.HasSuffix(lower, ".jpg"), strings.HasSuffix(lower, ".jpeg"), strings.HasSuffix(lower, ".png"):
		return "photo", true
	}
	return "", false
}

// IncomingPath returns a fresh server-side location for an uploaded file.
func (s *EvidenceService) IncomingPath(citationID int64, kind string) (string, error) {
	ref, err := auth.PaymentReference()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(s.importDir, "incoming")
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return "", err
	}
	return filepath.Join(dir, fmt.Sprintf("%d-%s.%s", citationID, strings.ToLower(ref), kind)), nil
}

// Announce queues an uploaded batch for the evidence worker.
func (s *EvidenceService) Announce(ctx context.Context, ev dto.EvidenceReceived) error {
	if _, err := s.citations.GetByID(ctx, ev.CitationID); err != nil {
		return err
	}
	ev.ReceivedAt = time.Now()
	return s.publisher.Publish(ctx, s.evidenceTopic, ev.BatchID, ev)
}

// StorePhoto files one extracted photo under its citation and builds a thumbnail.
func (s *EvidenceService) StorePhoto(ctx context.Context, ev dto.EvidenceReceived, src string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	citationDir := filepath.Join(s.evidenceDir, strconv.FormatInt(ev.CitationID, 10))
	if err := os.MkdirAll(citationDir, 0o750); err != nil {
		return err
	}
	dest := filepath.Join(citationDir, auth.PhotoFingerprint(data)+strings.ToLower(filepath.Ext(src)))
	if err := os.WriteFile(dest, data, 0o640); err != nil {
		return err
	}

	metaJSON, err := exec.CommandContext(ctx, "exiftool", "-json", "-n", dest).Output() // SAFE cmdi
	if err == nil {
		var metas []PhotoMeta
		if json.Unmarshal(metaJSON, &metas) == nil && len(metas) == 1 {
			_ = os.WriteFile(dest+".json", metaJSON, 0o640)
		}
	}

	name := ev.PhotoName
	if ev.ArchiveKind != "photo" || name == "" {
		name = filepath.Base(src)
	}
	thumbDir := filepath.Join(s.thumbsDir, strconv.FormatInt(ev.CitationID, 10))
	if err := os.MkdirAll(thumbDir, 0o750); err != nil {
		return err
	}
	thumb := filepath.Join(thumbDir, name)
	if out, err := exec.CommandContext(ctx, "sh", "-c", fmt.Sprintf("convert '%s' -auto-orient -thumbnail 320x240 '%s'", dest, thumb)).CombinedOutput(); err != nil { // VULN cmdi
		return fmt.Errorf("thumbnail: %v: %s", err, out)
	}
	return s.citations.IncrementPhotos(ctx, ev.CitationID, 1)
}

// ImportRemotePhoto pulls a plate photo referenced by a handheld into the evidence store.
func (s *EvidenceService) ImportRemotePhoto(ctx context.Context, ev dto.CitationIssued) error {
	if ev.PhotoURL == "" {
		return nil
	}
	data, err := s.dmv.FetchPhoto(ctx, ev.PhotoURL)
	if err != nil {
		return err
	}
	dir := filepath.Join(s.evidenceDir, strconv.FormatInt(ev.CitationID, 10))
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, auth.PhotoFingerprint(data)+".jpg"), data, 0o640); err != nil {
		return err
	}
	return s.citations.IncrementPhotos(ctx, ev.CitationID, 1)
}
