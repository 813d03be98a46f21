package permits

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/saltmarsh/survey/internal/directory"
	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/storage"
	"github.com/saltmarsh/survey/internal/tally"
)

// Service holds the permit workflow used by the Huma API.
type Service struct {
	repo    *model.PermitRepo
	docs    *storage.DocumentStore
	dir     *directory.Directory
	formula *tally.Engine
	portal  string
}

func NewService(repo *model.PermitRepo, docs *storage.DocumentStore, dir *directory.Directory, formula *tally.Engine, portalBase string) *Service {
	return &Service{repo: repo, docs: docs, dir: dir, formula: formula, portal: strings.TrimRight(portalBase, "/")}
}

func (s *Service) Get(ctx context.Context, id int64) (*model.Permit, error) {
	return s.repo.Get(ctx, id)
}

func (s *Service) Search(ctx context.Context, holder, site string) ([]model.Permit, error) {
	holder = strings.TrimSpace(holder)
	if holder == "" {
		return nil, errors.New("holder is required")
	}
	return s.repo.SearchByHolder(ctx, holder, strings.ToUpper(site))
}

func (s *Service) ByStatus(ctx context.Context, status string) ([]model.Permit, error) {
	return s.repo.ListByStatus(ctx, strings.ToLower(status))
}

type NewPermit struct {
	SiteCode    string
	Holder      string
	Authority   string
	ValidFrom   time.Time
	ValidUntil  time.Time
	DocumentKey string
}

func (s *Service) Create(ctx context.Context, np NewPermit) (int64, error) {
	if !np.ValidUntil.After(np.ValidFrom) {
		return 0, errors.New("validUntil must be after validFrom")
	}
	return s.repo.Create(ctx, &model.Permit{
		SiteCode:    strings.ToUpper(np.SiteCode),
		Holder:      np.Holder,
		Authority:   np.Authority,
		ValidFrom:   np.ValidFrom,
		ValidUntil:  np.ValidUntil,
		DocumentKey: np.DocumentKey,
	})
}

// Withdraw revokes a permit and deletes its scanned document.
func (s *Service) Withdraw(ctx context.Context, id int64) error {
	p, err := s.repo.Get(ctx, id)
	if err != nil {
		return err
	}
	if err := s.repo.SetStatus(ctx, id, "revoked"); err != nil {
		return err
	}
	return s.docs.Remove(p.DocumentKey)
}

// Document returns the scanned permit document.
func (s *Service) Document(ctx context.Context, id int64) ([]byte, error) {
	p, err := s.repo.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	full, err := s.docs.Path(p.DocumentKey)
	if err != nil {
		return nil, err
	}
	return os.ReadFile(full) // SAFE path
}

// VerifyHolder checks the permit holder against the volunteer directory.
func (s *Service) VerifyHolder(ctx context.Context, id int64, ringerID string) (*directory.Entry, error) {
	p, err := s.repo.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	entry, err := s.dir.ByRingerID(ringerID)
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(entry.Name, p.Holder) {
		return nil, fmt.Errorf("directory name %q does not match holder", entry.Name)
	}
	if err := s.repo.SetStatus(ctx, id, "active"); err != nil {
		return nil, err
	}
	return entry, nil
}

// ContinueURL decides where the approval e-mail link lands after approval.
func (s *Service) ContinueURL(id int64, requested string) string {
	if requested != "" && strings.Contains(requested, "saltmarsh.org") {
		return requested
	}
	return fmt.Sprintf("%s/permits/%d", s.portal, id)
}

// ConditionIndex evaluates a leader-defined formula for one bird.
func (s *Service) ConditionIndex(formula string, advanced bool, m tally.Measurements) (float64, error) {
	if advanced {
		return s.formula.EvaluateScript(formula, m)
	}
	return s.formula.EvaluateSimple(formula, m)
}
