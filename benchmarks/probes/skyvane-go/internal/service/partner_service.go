package service

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/repository"
	"github.com/skyvane/skyvane/internal/util"
)

var partnerStationStatuses = []string{"active", "maintenance", "retired"}

type PartnerService struct {
	q         *repository.Queries
	feeds     *FeedService
	reportDir string
}

func NewPartnerService(q *repository.Queries, feeds *FeedService, reportDir string) *PartnerService {
	return &PartnerService{q: q, feeds: feeds, reportDir: reportDir}
}

func hashAPIKey(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

// AuthenticateKey resolves a partner from its API key.
func (s *PartnerService) AuthenticateKey(ctx context.Context, key string) (repository.Partner, error) {
	if len(key) < 32 {
		return repository.Partner{}, ErrUnauthorized
	}
	p, err := s.q.GetPartnerByAPIKeyHash(ctx, hashAPIKey(key))
	if errors.Is(err, sql.ErrNoRows) {
		return repository.Partner{}, ErrUnauthorized
	}
	return p, err
}

func (s *PartnerService) BySlug(ctx context.Context, slug string) (repository.Partner, error) {
	p, err := s.q.GetPartnerBySlug(ctx, slug)
	if errors.Is(err, sql.ErrNoRows) {
		return p, ErrNotFound
	}
	return p, err
}

func (s *PartnerService) ByID(ctx context.Context, id uint) (repository.Partner, error) {
	p, err := s.q.GetPartnerByID(ctx, int64(id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, ErrNotFound
	}
	return p, err
}

func nullString(s string) sql.NullString {
	return sql.NullString{String: s, Valid: s != ""}
}

func (s *PartnerService) UpdateProfile(ctx context.Context, id int64, reg dto.PartnerRegistration) error {
	if reg.FeedURL != "" {
		if err := s.feeds.ValidateFeedURL(reg.FeedURL); err != nil {
			return err
		}
	}
	if reg.WebhookURL != "" && !strings.HasPrefix(reg.WebhookURL, "https://") {
		return invalid("webhook_url", "webhooks must use https")
	}
	if len(reg.MessageTemplate) > 4000 {
		return invalid("message_template", "too long")
	}
	err := s.q.UpdatePartnerProfile(ctx, repository.UpdatePartnerProfileParams{
		ID:              id,
		Name:            reg.Name,
		Website:         nullString(reg.Website),
		WebhookUrl:      nullString(reg.WebhookURL),
		FeedUrl:         nullString(reg.FeedURL),
		MessageTemplate: nullString(reg.MessageTemplate),
	})
	if err != nil {
		return err
	}
	return s.q.InsertAuditEvent(ctx, repository.InsertAuditEventParams{
		Actor:  "partner:" + reg.Slug,
		Action: "profile.update",
		Target: reg.Slug,
	})
}

// Stations lists a partner's stations, optionally restricted to statuses.
func (s *PartnerService) Stations(ctx context.Context, partnerID int64, statusParam string) ([]repository.PartnerStation, error) {
	statuses := util.SplitCSV(strings.ToLower(statusParam))
	return s.q.ListPartnerStationsByStatus(ctx, partnerID, statuses)
}

func (s *PartnerService) ReadingCounts(ctx context.Context, partnerID int64, codes []string) ([]repository.ReadingCount, error) {
	if len(codes) == 0 || len(codes) > 500 {
		return nil, invalid("codes", "between 1 and 500 station codes")
	}
	return s.q.CountReadingsByStationCodes(ctx, partnerID, codes)
}

// ReportPath returns the location of a generated monthly report.
func (s *PartnerService) ReportPath(slug, name string) string {
	return filepath.Join(s.reportDir, slug, name)
}

func (s *PartnerService) ListReports(slug string) ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(s.reportDir, slug))
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil
		}
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".pdf") {
			names = append(names, e.Name())
		}
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	return names, nil
}

func KnownStationStatuses() []string {
	return partnerStationStatuses
}
