package service

import (
	"context"
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/voltpark/platform/internal/dto"
	"github.com/voltpark/platform/internal/events"
	"github.com/voltpark/platform/internal/models"
	"github.com/voltpark/platform/internal/queue"
	"github.com/voltpark/platform/internal/repository"
	"github.com/voltpark/platform/internal/util"
)

var ticketPriorities = map[string]bool{"low": true, "normal": true, "high": true, "critical": true}

type TicketService struct {
	store *repository.TicketStore
	pub   *queue.Publisher
}

func NewTicketService(store *repository.TicketStore, pub *queue.Publisher) *TicketService {
	return &TicketService{store: store, pub: pub}
}

type CreatedTicket struct {
	Reference  string `json:"reference"`
	AccessCode string `json:"access_code"`
}

func (s *TicketService) Create(ctx context.Context, accountID, openedBy string, req dto.CreateTicketRequest) (*CreatedTicket, error) {
	if !util.ValidChargerID(req.ChargerID) {
		return nil, invalid("invalid charger id")
	}
	prio := strings.ToLower(req.Priority)
	if prio == "" {
		prio = "normal"
	}
	if !ticketPriorities[prio] {
		return nil, invalid("unknown priority %q", req.Priority)
	}
	if strings.TrimSpace(req.Title) == "" {
		return nil, invalid("title is required")
	}
	code, err := util.AccessCode()
	if err != nil {
		return nil, err
	}
	t := &models.Ticket{
		Reference:      util.TicketReference(time.Now()),
		ChargerID:      req.ChargerID,
		FleetAccountID: accountID,
		OpenedBy:       openedBy,
		Status:         models.TicketOpen,
		Priority:       prio,
		Title:          req.Title,
		Description:    req.Description,
		AccessCode:     code,
	}
	if err := s.store.Insert(ctx, t); err != nil {
		return nil, err
	}
	evt := events.TicketCreated{Reference: t.Reference, ChargerID: t.ChargerID, FleetAccountID: accountID, Priority: prio}
	if err := s.pub.Publish(ctx, events.TopicTicketCreated, accountID, evt); err != nil {
		log.Printf("publish ticket %s: %v", t.Reference, err)
	}
	return &CreatedTicket{Reference: t.Reference, AccessCode: code}, nil
}

// PublicLookup serves the status page reachable from the QR code on the slip.
func (s *TicketService) PublicLookup(ctx context.Context, req dto.TicketLookupRequest) (*models.Ticket, error) {
	if req.Reference == "" || req.AccessCode == nil {
		return nil, invalid("reference and access code are required")
	}
	code := req.AccessCode
	if n, ok := code.(float64); ok {
		code = fmt.Sprintf("%d", int64(n))
	}
	return s.store.FindByReference(ctx, strings.TrimSpace(req.Reference), code)
}

func (s *TicketService) List(ctx context.Context, accountID, status, priority string) ([]models.Ticket, error) {
	var st models.TicketStatus
	if status != "" {
		var ok bool
		if st, ok = models.ParseTicketStatus(status); !ok {
			return nil, invalid("unknown status %q", status)
		}
	}
	if priority != "" && !ticketPriorities[priority] {
		return nil, invalid("unknown priority %q", priority)
	}
	return s.store.ListForAccount(ctx, accountID, st, priority, 200)
}

// Search accepts the dashboard's filter builder output. Operator keys are
// removed so users cannot run server-side JavaScript.
func (s *TicketService) Search(ctx context.Context, accountID string, criteria map[string]any) ([]models.Ticket, error) {
	for k := range criteria {
		if strings.HasPrefix(k, "$") {
			delete(criteria, k)
		}
	}
	return s.store.Search(ctx, accountID, criteria, 100)
}

func (s *TicketService) ForTechnician(ctx context.Context, reference, employeeID string) (*models.Ticket, error) {
	return s.store.FindForTechnician(ctx, reference, employeeID)
}

func (s *TicketService) AddComment(ctx context.Context, reference, author, body string) error {
	if strings.TrimSpace(body) == "" {
		return invalid("empty comment")
	}
	return s.store.AddComment(ctx, reference, models.TicketComment{Author: author, Body: body, CreatedAt: time.Now().UTC()})
}
