package service

import (
	"context"
	"errors"
	"net/mail"
	"strings"
	"time"

	"github.com/curbwatch/curbwatch/internal/domain"
	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/repository"
)

var ErrAppealClosed = errors.New("citation can no longer be appealed")

const maxStatementLen = 8000

type AppealService struct {
	appeals   *repository.AppealRepository
	citations *repository.CitationRepository
	notices   *NoticeService
	window    time.Duration
}

func NewAppealService(appeals *repository.AppealRepository, citations *repository.CitationRepository, notices *NoticeService) *AppealService {
	return &AppealService{appeals: appeals, citations: citations, notices: notices, window: 30 * 24 * time.Hour}
}

// Submit files an appeal and returns the acknowledgement letter shown to the motorist.
func (s *AppealService) Submit(ctx context.Context, req dto.SubmitAppealRequest) (dto.AppealAcknowledgement, error) {
	c, err := s.citations.GetByNumber(ctx, strings.TrimSpace(req.CitationNumber))
	if err != nil {
		return dto.AppealAcknowledgement{}, err
	}
	if c.Status != domain.CitationOpen || time.Since(c.IssuedAt) > s.window {
		return dto.AppealAcknowledgement{}, ErrAppealClosed
	}
	if _, err := mail.ParseAddress(req.Email); err != nil {
		return dto.AppealAcknowledgement{}, errors.New("a valid e-mail address is required")
	}
	statement := strings.TrimSpace(req.Statement)
	if statement == "" || len(statement) > maxStatementLen {
		return dto.AppealAcknowledgement{}, errors.New("statement must be between 1 and 8000 characters")
	}
	a := domain.Appeal{
		CitationID:    c.ID,
		CitationNo:    c.Number,
		AppellantName: strings.TrimSpace(req.Name),
		Email:         req.Email,
		Statement:     statement,
		Status:        "pending",
		SubmittedAt:   time.Now(),
	}
	if err := s.appeals.Create(ctx, &a); err != nil {
		return dto.AppealAcknowledgement{}, err
	}
	if err := s.citations.UpdateStatus(ctx, c.ID, domain.CitationAppealed); err != nil {
		return dto.AppealAcknowledgement{}, err
	}
	letter, err := s.notices.AppealAcknowledgement(a, c)
	if err != nil {
		return dto.AppealAcknowledgement{}, err
	}
	return dto.AppealAcknowledgement{AppealID: a.ID, Letter: letter}, nil
}

func (s *AppealService) Queue(ctx context.Context, sortKey, dir string) ([]domain.Appeal, error) {
	return s.appeals.ListPending(ctx, sortKey, dir)
}

func (s *AppealService) Get(ctx context.Context, id int64) (domain.Appeal, domain.Citation, error) {
	a, err := s.appeals.Get(ctx, id)
	if err != nil {
		return a, domain.Citation{}, err
	}
	c, err := s.citations.GetByID(ctx, a.CitationID)
	return a, c, err
}

// Decide records a hearing officer's decision and voids the citation when upheld.
func (s *AppealService) Decide(ctx context.Context, id int64, upheld bool, note, officer string) error {
	a, err := s.appeals.Get(ctx, id)
	if err != nil {
		return err
	}
	decision := "denied"
	if upheld {
		decision = "upheld"
	}
	if note = strings.TrimSpace(note); note != "" {
		decision += ": " + note
	}
	if err := s.appeals.Decide(ctx, id, decision, officer); err != nil {
		return err
	}
	status := domain.CitationOpen
	if upheld {
		status = domain.CitationVoided
	}
	return s.citations.UpdateStatus(ctx, a.CitationID, status)
}
