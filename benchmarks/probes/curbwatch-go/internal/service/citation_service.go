package service

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/curbwatch/curbwatch/internal/auth"
	"github.com/curbwatch/curbwatch/internal/domain"
	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/queue"
	"github.com/curbwatch/curbwatch/internal/repository"
	"github.com/curbwatch/curbwatch/internal/validate"
)

var (
	ErrNotPayable   = errors.New("citation is not payable")
	ErrAmountDiffer = errors.New("amount does not match citation balance")
)

type CitationService struct {
	citations     *repository.CitationRepository
	publisher     *queue.Publisher
	citationTopic string
	evidenceDir   string
	receiptsDir   string
	dueAfter      time.Duration
}

func NewCitationService(citations *repository.CitationRepository, pub *queue.Publisher, citationTopic, evidenceDir, receiptsDir string) *CitationService {
	return &CitationService{
		citations:     citations,
		publisher:     pub,
		citationTopic: citationTopic,
		evidenceDir:   evidenceDir,
		receiptsDir:   receiptsDir,
		dueAfter:      21 * 24 * time.Hour,
	}
}

// Search is used by the public "find my ticket" page.
func (s *CitationService) Search(ctx context.Context, q dto.CitationSearch) ([]domain.Citation, error) {
	plate, err := validate.Plate(q.Plate)
	if err != nil {
		return nil, fmt.Errorf("plate: %w", err)
	}
	state, err := validate.PlateState(q.PlateState)
	if err != nil {
		return nil, fmt.Errorf("state: %w", err)
	}
	q.Plate, q.PlateState = plate, state
	if q.Offset < 0 {
		q.Offset = 0
	}
	return s.citations.Search(ctx, q)
}

func (s *CitationService) Get(ctx context.Context, id int64) (domain.Citation, error) {
	return s.citations.GetByID(ctx, id)
}

func (s *CitationService) GetByNumber(ctx context.Context, number string) (domain.Citation, error) {
	return s.citations.GetByNumber(ctx, strings.TrimSpace(number))
}

// Issue stores a citation written on a handheld and announces it to the workers.
func (s *CitationService) Issue(ctx context.Context, req dto.IssueCitationRequest, officerBadge string) (domain.Citation, error) {
	plate, err := validate.Plate(req.Plate)
	if err != nil {
		return domain.Citation{}, fmt.Errorf("plate: %w", err)
	}
	state, err := validate.PlateState(req.PlateState)
	if err != nil {
		return domain.Citation{}, fmt.Errorf("state: %w", err)
	}
	v, err := s.citations.Violation(ctx, req.ViolationCd)
	if err != nil {
		return domain.Citation{}, fmt.Errorf("violation %q: %w", req.ViolationCd, err)
	}
	issued := req.ObservedAt
	if issued.IsZero() || issued.After(time.Now().Add(5*time.Minute)) {
		issued = time.Now()
	}
	c := domain.Citation{
		Number:       auth.CitationNumber(issued, issued.UnixNano()/1000%1000000),
		Plate:        plate,
		PlateState:   state,
		ViolationCd:  v.Code,
		ZoneCode:     req.ZoneCode,
		Street:       req.Street,
		OfficerBadge: officerBadge,
		AmountCents:  v.FineCents,
		Status:       domain.CitationOpen,
		IssuedAt:     issued,
		DueAt:        issued.Add(s.dueAfter),
	}
	if err := s.citations.Insert(ctx, &c); err != nil {
		return domain.Citation{}, err
	}
	ev := dto.CitationIssued{
		CitationID: c.ID,
		Number:     c.Number,
		Plate:      c.Plate,
		PlateState: c.PlateState,
		PhotoURL:   strings.TrimSpace(req.PhotoURL),
		IssuedAt:   c.IssuedAt,
	}
	if err := s.publisher.Publish(ctx, s.citationTopic, strconv.FormatInt(c.ID, 10), ev); err != nil {
		return c, fmt.Errorf("publish citation issued: %w", err)
	}
	return c, nil
}

// PhotoPath locates an evidence photo attached to a citation.
func (s *CitationService) PhotoPath(citationID int64, name string) string {
	return filepath.Join(s.evidenceDir, strconv.FormatInt(citationID, 10), name)
}

// ReceiptPath locates the PDF receipt for a payment.
func (s *CitationService) ReceiptPath(paymentID int64) string {
	return filepath.Join(s.receiptsDir, fmt.Sprintf("receipt-%d.pdf", paymentID))
}

// Pay records a card payment that the processor has already authorised.
func (s *CitationService) Pay(ctx context.Context, req dto.PaymentRequest) (domain.Payment, error) {
	c, err := s.citations.GetByNumber(ctx, req.CitationNumber)
	if err != nil {
		return domain.Payment{}, err
	}
	if !c.IsPayable() {
		return domain.Payment{}, ErrNotPayable
	}
	if req.AmountCents != c.AmountCents {
		return domain.Payment{}, ErrAmountDiffer
	}
	ref, err := auth.PaymentReference()
	if err != nil {
		return domain.Payment{}, err
	}
	p := domain.Payment{CitationID: c.ID, AmountCents: c.AmountCents, Reference: ref, PaidAt: time.Now()}
	if err := s.citations.RecordPayment(ctx, &p); err != nil {
		return domain.Payment{}, err
	}
	return p, nil
}

// Refund voids a paid citation at the service counter.
func (s *CitationService) Refund(ctx context.Context, number, clerkBadge, reason string) (domain.Citation, error) {
	c, err := s.citations.GetByNumber(ctx, strings.TrimSpace(number))
	if err != nil {
		return c, err
	}
	if c.Status != domain.CitationPaid {
		return c, fmt.Errorf("citation %s is %s, not paid", c.Number, c.Status)
	}
	if strings.TrimSpace(reason) == "" || clerkBadge == "" {
		return c, errors.New("refund reason and clerk are required")
	}
	if err := s.citations.UpdateStatus(ctx, c.ID, domain.CitationVoided); err != nil {
		return c, err
	}
	c.Status = domain.CitationVoided
	return c, nil
}
