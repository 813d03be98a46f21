package rosters

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/tramyard/depot/internal/auth"
	"github.com/tramyard/depot/internal/platform/httpx"
)

// JobQueue schedules roster background work.
type JobQueue interface {
	EnqueueShiftSuggestions(ctx context.Context, badge string) error
	EnqueueShiftNotice(ctx context.Context, shiftID int64, template string) error
	EnqueueRosterExport(ctx context.Context, depot string, weekStart time.Time, fileName string) error
}

// SMSPublisher hands outbound text messages to the messaging gateway.
type SMSPublisher interface {
	PublishJSON(ctx context.Context, routingKey string, v interface{}) error
}

// DriverDirectory looks drivers up in the HR directory.
type DriverDirectory interface {
	LookupDriver(ctx context.Context, badge string) (*auth.DriverEntry, error)
	SearchDepot(ctx context.Context, depot, prefix string) ([]auth.DriverEntry, error)
}

// Service is the roster use-case layer.
type Service interface {
	WeekPage(ctx context.Context, req WeekRequest) (string, error)
	UpdateNote(ctx context.Context, req NoteRequest) error
	SavePreferences(ctx context.Context, req PreferenceRequest) error
	SuggestShifts(ctx context.Context, badge string) ([]Shift, error)
	SaveTemplate(ctx context.Context, req TemplateRequest) error
	QueueNotice(ctx context.Context, req NoticeRequest) error
	SendNotice(ctx context.Context, shiftID int64, template string) error
	RequestSwap(ctx context.Context, req SwapRequestDTO) (*SwapRequest, error)
	ConfirmSwap(ctx context.Context, id int64, code string) error
	Acknowledge(ctx context.Context, shiftID int64, token string) error
	QueueExport(ctx context.Context, req ExportRequest) error
	WriteExport(ctx context.Context, depot string, weekStart time.Time, fileName string) (string, error)
	LookupDriver(ctx context.Context, badge string) (*auth.DriverEntry, error)
	SearchDirectory(ctx context.Context, depot, prefix string) ([]auth.DriverEntry, error)
}

type service struct {
	repo      *Repository
	render    *Renderer
	queue     JobQueue
	sms       SMSPublisher
	directory DriverDirectory
	baseURL   string
}

// NewService wires the roster service.
func NewService(repo *Repository, render *Renderer, queue JobQueue, sms SMSPublisher, directory DriverDirectory, baseURL string) Service {
	return &service{repo: repo, render: render, queue: queue, sms: sms, directory: directory, baseURL: baseURL}
}

func (s *service) WeekPage(ctx context.Context, req WeekRequest) (string, error) {
	start := req.WeekStart.Truncate(24 * time.Hour)
	shifts, err := s.repo.WeekForDepot(ctx, req.Depot, start, start.AddDate(0, 0, 7))
	if err != nil {
		return "", err
	}
	view := WeekView{Depot: req.Depot, WeekStart: start, ReturnTo: req.ReturnTo}
	byDay := map[string]int{}
	for _, sh := range shifts {
		key := sh.StartsAt.Format("Mon 2 Jan")
		idx, ok := byDay[key]
		if !ok {
			view.Days = append(view.Days, DayView{Date: key})
			idx = len(view.Days) - 1
			byDay[key] = idx
		}
		view.Days[idx].Shifts = append(view.Days[idx].Shifts, ShiftView{
			ID:        sh.ID,
			RouteName: sh.RouteName,
			Line:      sh.Line,
			Driver:    sh.DriverBadge,
			Start:     sh.StartsAt.Format("15:04"),
			End:       sh.EndsAt.Format("15:04"),
			Note:      sh.Note,
		})
	}
	return s.render.Week(view)
}

func (s *service) UpdateNote(ctx context.Context, req NoteRequest) error {
	if len(req.Note) > 2000 {
		return httpx.BadRequest("note too long")
	}
	return s.repo.UpdateNote(ctx, req.ShiftID, req.Note)
}

func (s *service) SavePreferences(ctx context.Context, req PreferenceRequest) error {
	line := strings.TrimSpace(req.Line)
	if line == "" || len(line) > 40 {
		return httpx.BadRequest("line is required")
	}
	if err := s.repo.SavePreferredLine(ctx, req.Badge, line); err != nil {
		return err
	}
	return s.queue.EnqueueShiftSuggestions(ctx, req.Badge)
}

// SuggestShifts finds open shifts matching a driver's preferred line. It runs
// in the background worker after preferences change.
func (s *service) SuggestShifts(ctx context.Context, badge string) ([]Shift, error) {
	d, err := s.repo.GetDriver(ctx, badge)
	if err != nil {
		return nil, err
	}
	if d.PreferredLine == "" {
		return nil, nil
	}
	return s.repo.OpenShiftsOnLine(ctx, d.HomeDepot, d.PreferredLine)
}

func (s *service) SaveTemplate(ctx context.Context, req TemplateRequest) error {
	if req.Name == "" || len(req.Body) > 8000 {
		return httpx.BadRequest("template name and body are required")
	}
	return s.repo.SaveTemplate(ctx, &NoticeTemplate{Depot: req.Depot, Name: req.Name, Body: req.Body, UpdatedBy: req.Actor})
}

func (s *service) QueueNotice(ctx context.Context, req NoticeRequest) error {
	if _, err := s.repo.GetShift(ctx, req.ShiftID); err != nil {
		return httpx.NotFound("shift not found")
	}
	return s.queue.EnqueueShiftNotice(ctx, req.ShiftID, req.Template)
}

// SendNotice renders and texts a shift notice; it runs in the worker.
func (s *service) SendNotice(ctx context.Context, shiftID int64, template string) error {
	sh, err := s.repo.GetShift(ctx, shiftID)
	if err != nil {
		return err
	}
	if sh.DriverBadge == "" {
		return fmt.Errorf("shift %d has no driver", shiftID)
	}
	d, err := s.repo.GetDriver(ctx, sh.DriverBadge)
	if err != nil {
		return err
	}
	body := ""
	if t, err := s.repo.GetTemplate(ctx, sh.Depot, template); err == nil {
		body = t.Body
	} else if !errors.Is(err, ErrNotFound) {
		return err
	}
	token, err := auth.NewAckToken()
	if err != nil {
		return err
	}
	if err := s.repo.SetAckToken(ctx, sh.ID, token); err != nil {
		return err
	}
	ackURL := fmt.Sprintf("%s/app/rosters/shifts/%d/ack?token=%s&continue=roster", s.baseURL, sh.ID, token)
	text, err := s.render.Notice(body, NoticeData{Driver: d, Shift: sh, AckURL: ackURL})
	if err != nil {
		return err
	}
	return s.sms.PublishJSON(ctx, "sms.outbound", map[string]string{"to": d.Mobile, "text": text})
}

func (s *service) RequestSwap(ctx context.Context, req SwapRequestDTO) (*SwapRequest, error) {
	sh, err := s.repo.GetShift(ctx, req.ShiftID)
	if err != nil {
		return nil, httpx.NotFound("shift not found")
	}
	if sh.DriverBadge != req.FromBadge {
		return nil, httpx.Forbidden("only the rostered driver can offer this shift")
	}
	to, err := s.repo.GetDriver(ctx, req.ToBadge)
	if err != nil {
		return nil, httpx.NotFound("unknown driver")
	}
	swap := &SwapRequest{
		ShiftID:   sh.ID,
		FromBadge: req.FromBadge,
		ToBadge:   to.Badge,
		Code:      auth.NewSwapCode(),
		ExpiresAt: time.Now().Add(12 * time.Hour),
	}
	if err := s.repo.CreateSwap(ctx, swap); err != nil {
		return nil, err
	}
	msg := fmt.Sprintf("Tramyard: %s offers you shift %s %s. Reply SWAP %d %s to accept.", req.FromBadge, sh.Line, sh.StartsAt.Format("Mon 15:04"), swap.ID, swap.Code)
	if err := s.sms.PublishJSON(ctx, "sms.outbound", map[string]string{"to": to.Mobile, "text": msg}); err != nil {
		return nil, err
	}
	return swap, nil
}

func (s *service) ConfirmSwap(ctx context.Context, id int64, code string) error {
	ok, err := s.repo.ConfirmSwap(ctx, id, code)
	if err != nil {
		return err
	}
	if !ok {
		return httpx.Forbidden("swap code invalid or expired")
	}
	return nil
}

func (s *service) Acknowledge(ctx context.Context, shiftID int64, token string) error {
	ok, err := s.repo.Acknowledge(ctx, shiftID, token)
	if err != nil {
		return err
	}
	if !ok {
		return httpx.Forbidden("acknowledgement link invalid")
	}
	return nil
}

func (s *service) QueueExport(ctx context.Context, req ExportRequest) error {
	if req.FileName == "" {
		req.FileName = fmt.Sprintf("%s-%s.csv", req.Depot, req.WeekStart.Format("2006-01-02"))
	}
	if !strings.HasSuffix(req.FileName, ".csv") {
		return httpx.BadRequest("exports must be .csv files")
	}
	return s.queue.EnqueueRosterExport(ctx, req.Depot, req.WeekStart, req.FileName)
}

// WriteExport writes the payroll CSV of a week; it runs in the worker.
func (s *service) WriteExport(ctx context.Context, depot string, weekStart time.Time, fileName string) (string, error) {
	shifts, err := s.repo.WeekForDepot(ctx, depot, weekStart, weekStart.AddDate(0, 0, 7))
	if err != nil {
		return "", err
	}
	data, err := WeekCSV(shifts)
	if err != nil {
		return "", err
	}
	return s.render.WriteExport(fileName, data)
}

func (s *service) LookupDriver(ctx context.Context, badge string) (*auth.DriverEntry, error) {
	return s.directory.LookupDriver(ctx, badge)
}

func (s *service) SearchDirectory(ctx context.Context, depot, prefix string) ([]auth.DriverEntry, error) {
	return s.directory.SearchDepot(ctx, depot, prefix)
}
