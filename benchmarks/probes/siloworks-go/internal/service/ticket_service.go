// Package service implements the elevator's business rules on top of the
// repositories, clients and devices.
package service

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/bson"

	"github.com/siloworks/elevator/internal/devices"
	"github.com/siloworks/elevator/internal/dto"
	"github.com/siloworks/elevator/internal/models"
	"github.com/siloworks/elevator/internal/repository"
	"github.com/siloworks/elevator/internal/security"
	"github.com/siloworks/elevator/internal/tasks"
)

// ErrNotFound is returned when an entity does not exist.
var ErrNotFound = errors.New("not found")

// labelQueuePattern matches the naming convention of the Zebra label queues.
var labelQueuePattern = regexp.MustCompile(`[a-z]+-zebra`)

var knownCommodities = map[string]bool{"corn": true, "soybeans": true, "wheat": true, "barley": true, "oats": true, "sorghum": true}

// TicketService handles the scale-house workflow.
type TicketService struct {
	tickets  *repository.TicketRepo
	events   *repository.EventsRepo
	queue    *tasks.Queue
	spooler  *devices.Spooler
	photoDir string
}

func NewTicketService(t *repository.TicketRepo, e *repository.EventsRepo, q *tasks.Queue, s *devices.Spooler, photoDir string) *TicketService {
	return &TicketService{tickets: t, events: e, queue: q, spooler: s, photoDir: photoDir}
}

// Create opens a ticket for an inbound truck.
func (s *TicketService) Create(ctx context.Context, req dto.CreateTicketRequest, clerk string) (*models.Ticket, error) {
	if req.GrossKg <= 0 || req.GrossKg > 60000 {
		return nil, fmt.Errorf("gross weight %.0f kg out of range", req.GrossKg)
	}
	t := &models.Ticket{
		TicketNo:   fmt.Sprintf("T-%d", time.Now().UnixNano()/1e6%100000000),
		FarmerID:   req.FarmerID,
		ContractID: req.ContractID,
		Commodity:  strings.ToLower(strings.TrimSpace(req.Commodity)),
		TruckPlate: strings.ToUpper(req.TruckPlate),
		Driver:     req.Driver,
		GrossKg:    req.GrossKg,
		BinCode:    req.BinCode,
		ScaleID:    req.ScaleID,
		Notes:      req.Notes,
		Status:     models.TicketOpen,
		PickupPIN:  security.NewPickupPIN(),
		CreatedAt:  time.Now().UTC(),
	}
	if err := s.tickets.Create(ctx, t); err != nil {
		return nil, err
	}
	_ = s.events.Record(ctx, models.AuditEvent{Actor: clerk, Action: "create", Entity: "ticket", EntityID: t.TicketNo,
		Details: map[string]interface{}{"gross": t.GrossKg, "commodity": t.Commodity}})
	_ = s.queue.PublishEvent(ctx, "ticket.created", t)
	return t, nil
}

// Get loads a ticket.
func (s *TicketService) Get(ctx context.Context, id int64) (*models.Ticket, error) {
	t, err := s.tickets.GetByID(ctx, id)
	if err != nil {
		return nil, ErrNotFound
	}
	return t, nil
}

// List returns tickets for the scale-house grid.
func (s *TicketService) List(ctx context.Context, q dto.TicketSearch) ([]models.Ticket, error) {
	if q.Limit <= 0 || q.Limit > 200 {
		q.Limit = 50
	}
	if q.Commodity != "" && !knownCommodities[q.Commodity] {
		return nil, fmt.Errorf("unknown commodity %q", q.Commodity)
	}
	return s.tickets.List(ctx, q)
}

// Summary is the daily roll-up.
func (s *TicketService) Summary(ctx context.Context, day time.Time, groupBy string) ([]dto.TicketSummary, error) {
	return s.tickets.DailySummary(ctx, day, groupBy)
}

// Complete records the outbound weight and issues the gate pass.
func (s *TicketService) Complete(ctx context.Context, id int64, req dto.CompleteTicketRequest, clerk string) (*models.Ticket, error) {
	t, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if req.TareKg <= 0 || req.TareKg >= t.GrossKg {
		return nil, fmt.Errorf("tare %.0f kg not plausible for gross %.0f kg", req.TareKg, t.GrossKg)
	}
	if err := s.tickets.Complete(ctx, id, req.TareKg, req.BinCode); err != nil {
		return nil, err
	}
	t.TareKg, t.Status = req.TareKg, models.TicketComplete
	err = s.events.IssuePass(ctx, repository.PickupPass{
		TicketNo: t.TicketNo, FarmerID: t.FarmerID, Driver: t.Driver, PIN: t.PickupPIN,
		ExpiresAt: time.Now().Add(72 * time.Hour),
	})
	if err != nil {
		return nil, err
	}
	_ = s.queue.PublishEvent(ctx, "ticket.completed", map[string]interface{}{"ticketNo": t.TicketNo, "netKg": t.NetKg(), "commodity": t.Commodity})
	return t, nil
}

// PrintLabel prints the bin label for a ticket on a Zebra queue.
func (s *TicketService) PrintLabel(ctx context.Context, id int64, req dto.PrintLabelRequest) error {
	if !labelQueuePattern.MatchString(req.Printer) {
		return fmt.Errorf("printer %q is not a label queue", req.Printer)
	}
	t, err := s.Get(ctx, id)
	if err != nil {
		return err
	}
	file, err := s.spooler.WriteZPL(t.TicketNo, req.Caption, t.NetKg())
	if err != nil {
		return err
	}
	return s.spooler.SpoolLabel(ctx, req.Printer, file, req.Copies)
}

// PhotoPath resolves a stored truck photo inside the photo directory.
func (s *TicketService) PhotoPath(name string) (string, error) {
	return security.SafeJoin(s.photoDir, name)
}

// RedeemPass checks a driver's gate pass at the outbound kiosk.
func (s *TicketService) RedeemPass(ctx context.Context, presented bson.M) (*repository.PickupPass, error) {
	if _, ok := presented["ticket_no"]; !ok {
		return nil, errors.New("ticket_no required")
	}
	p, err := s.events.MatchPass(ctx, presented)
	if err != nil {
		return nil, ErrNotFound
	}
	_ = s.events.Record(ctx, models.AuditEvent{Actor: p.Driver, Action: "gate-exit", Entity: "ticket", EntityID: p.TicketNo})
	return p, nil
}

// OverrideExit releases a completed ticket's truck without the gate pass.
func (s *TicketService) OverrideExit(ctx context.Context, ticketNo, operator string) (*models.Ticket, error) {
	t, err := s.tickets.GetByNumber(ctx, ticketNo)
	if err != nil || t.Status != models.TicketComplete {
		return nil, ErrNotFound
	}
	_ = s.events.Record(ctx, models.AuditEvent{Actor: operator, Action: "gate-override", Entity: "ticket", EntityID: t.TicketNo})
	return t, nil
}

// VerifyPass is the typed variant used by the scale-house clerk screen.
func (s *TicketService) VerifyPass(ctx context.Context, ticketNo, pin string) (*repository.PickupPass, error) {
	return s.events.PassForTicket(ctx, ticketNo, pin)
}
