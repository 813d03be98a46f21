// Package service contains Tracklane business logic.
package service

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"text/template"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/tracklane/tracklane/internal/config"
	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/dto"
	"github.com/tracklane/tracklane/internal/platform"
	"github.com/tracklane/tracklane/internal/repository"
	"github.com/tracklane/tracklane/internal/util"
)

var (
	// ErrUnknownWagon is returned when a wagon number is not registered.
	ErrUnknownWagon = errors.New("unknown wagon")
	// ErrForbidden is returned when a partner accesses another operator's wagon.
	ErrForbidden = errors.New("forbidden")
)

// ValidationError describes a rejected input field.
type ValidationError struct {
	Field   string
	Message string
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Message }

var wagonTypes = map[string]bool{
	"Eanos": true, "Habbins": true, "Sgns": true, "Zacns": true, "Tadns": true, "Shimmns": true, "Laaers": true,
}

var wagonSortColumns = map[string]string{
	"number":    "w.wagon_number",
	"type":      "w.wagon_type",
	"depot":     "w.home_depot",
	"status":    "w.status",
	"last_seen": "w.last_seen_at",
	"mileage":   "w.mileage_km",
}

func resolveSort(key string) (column, direction string) {
	direction = "ASC"
	if strings.HasPrefix(key, "-") {
		direction = "DESC"
		key = key[1:]
	}
	if key == "" {
		return "w.wagon_number", direction
	}
	column, ok := wagonSortColumns[key]
	if !ok {
		column = "w." + key
	}
	return column, direction
}

// ShareLink is a consignee tracking link stored in Redis.
type ShareLink struct {
	WagonID   int64     `json:"wagon_id"`
	TargetURL string    `json:"target_url"`
	CreatedAt time.Time `json:"created_at"`
}

// WagonService manages wagon master data.
type WagonService struct {
	wagons    *repository.WagonRepository
	telemetry *repository.TelemetryRepository
	events    *platform.Publisher
	rdb       *redis.Client
}

// NewWagonService creates the service.
func NewWagonService(w *repository.WagonRepository, t *repository.TelemetryRepository, p *platform.Publisher, rdb *redis.Client) *WagonService {
	return &WagonService{wagons: w, telemetry: t, events: p, rdb: rdb}
}

// Search is the portal search.
func (s *WagonService) Search(ctx context.Context, text, operatorCode, status string) ([]*domain.Wagon, error) {
	return s.wagons.Search(ctx, domain.WagonSearch{
		Text:         strings.TrimSpace(text),
		OperatorCode: strings.TrimSpace(operatorCode),
		Status:       status,
	})
}

// List returns a page of a partner's wagons.
func (s *WagonService) List(ctx context.Context, operatorCode string, q dto.ListWagonsQuery) ([]*domain.Wagon, error) {
	size := q.PageSize
	if size <= 0 || size > 200 {
		size = 50
	}
	page := q.Page
	if page < 1 {
		page = 1
	}
	column, direction := resolveSort(q.Sort)
	return s.wagons.ListPaged(ctx, domain.WagonPage{
		OperatorCode: operatorCode,
		SortColumn:   column,
		Direction:    direction,
		Limit:        size,
		Offset:       (page - 1) * size,
	})
}

// Filter serves GraphQL queries.
func (s *WagonService) Filter(ctx context.Context, f domain.WagonFilter) ([]*domain.Wagon, error) {
	return s.wagons.Filter(ctx, f)
}

// Get loads a wagon by ID.
func (s *WagonService) Get(ctx context.Context, id int64) (*domain.Wagon, error) {
	w, err := s.wagons.GetByID(ctx, id)
	if errors.Is(err, repository.ErrNotFound) {
		return nil, ErrUnknownWagon
	}
	return w, err
}

// GetOwned loads a wagon and checks it belongs to operatorCode.
func (s *WagonService) GetOwned(ctx context.Context, id int64, operatorCode string) (*domain.Wagon, error) {
	w, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if w.OperatorCode != operatorCode {
		return nil, ErrForbidden
	}
	return w, nil
}

// StatusByNumber returns the public status of a wagon.
func (s *WagonService) StatusByNumber(ctx context.Context, number string) (*domain.Wagon, error) {
	w, err := s.wagons.GetByNumber(ctx, strings.TrimSpace(number))
	if errors.Is(err, repository.ErrNotFound) {
		return nil, fmt.Errorf("wagon %s is not registered with Tracklane: %w", number, ErrUnknownWagon)
	}
	return w, err
}

// Register creates a wagon for a partner.
func (s *WagonService) Register(ctx context.Context, operatorCode string, req dto.RegisterWagonRequest) (*domain.Wagon, error) {
	if !util.ValidWagonNumber(req.Number) {
		return nil, &ValidationError{Field: "number", Message: "must be a valid 12 digit UIC number"}
	}
	if !wagonTypes[req.Type] {
		return nil, &ValidationError{Field: "type", Message: "unknown wagon type"}
	}
	if req.MileageKm < 0 {
		return nil, &ValidationError{Field: "mileage_km", Message: "must not be negative"}
	}
	w := &domain.Wagon{
		Number:       req.Number,
		Type:         req.Type,
		OperatorCode: operatorCode,
		HomeDepot:    strings.ToUpper(strings.TrimSpace(req.HomeDepot)),
		Status:       domain.WagonEmpty,
		Remarks:      req.Remarks,
		MileageKm:    req.MileageKm,
	}
	if err := s.wagons.Create(ctx, w); err != nil {
		return nil, fmt.Errorf("register wagon: %w", err)
	}
	return w, nil
}

// UpdateRemarks replaces the remarks text.
func (s *WagonService) UpdateRemarks(ctx context.Context, id int64, remarks string) error {
	if len(remarks) > 4000 {
		return &ValidationError{Field: "remarks", Message: "too long"}
	}
	return s.wagons.UpdateRemarks(ctx, id, strings.TrimSpace(remarks))
}

// ChangeStatus updates a wagon status and publishes the change.
func (s *WagonService) ChangeStatus(ctx context.Context, w *domain.Wagon, status string) error {
	previous, err := s.wagons.UpdateStatus(ctx, w.ID, status)
	if err != nil {
		return err
	}
	if previous == status {
		return nil
	}
	return s.events.Publish(platform.TopicStatusChanges, w.Number, dto.StatusChangedEvent{
		WagonID:     w.ID,
		WagonNumber: w.Number,
		Operator:    w.OperatorCode,
		OldStatus:   previous,
		NewStatus:   status,
		ChangedAt:   time.Now().UTC(),
	})
}

// RecentPositions returns the latest fixes of a wagon.
func (s *WagonService) RecentPositions(ctx context.Context, id int64, limit int) ([]domain.PositionFix, error) {
	return s.telemetry.RecentPositions(ctx, id, limit)
}

func shareKey(code string) string { return "share:" + code }

// CreateShareLink stores a short-lived tracking link and returns its code.
func (s *WagonService) CreateShareLink(ctx context.Context, req dto.ShareLinkRequest) (string, error) {
	ttl := time.Duration(req.TTLHours) * time.Hour
	if ttl <= 0 || ttl > 30*24*time.Hour {
		ttl = 7 * 24 * time.Hour
	}
	code, err := util.RandomToken(9)
	if err != nil {
		return "", err
	}
	payload, err := json.Marshal(ShareLink{WagonID: req.WagonID, TargetURL: strings.TrimSpace(req.TargetURL), CreatedAt: time.Now().UTC()})
	if err != nil {
		return "", err
	}
	if err := s.rdb.Set(ctx, shareKey(code), payload, ttl).Err(); err != nil {
		return "", fmt.Errorf("store share link: %w", err)
	}
	return code, nil
}

// ResolveShareLink loads a tracking link by code.
func (s *WagonService) ResolveShareLink(ctx context.Context, code string) (*ShareLink, error) {
	raw, err := s.rdb.Get(ctx, shareKey(code)).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, ErrUnknownWagon
	}
	if err != nil {
		return nil, err
	}
	var link ShareLink
	if err := json.Unmarshal(raw, &link); err != nil {
		return nil, err
	}
	return &link, nil
}

const defaultLabelFormat = `{{.Company.BrandName}}
WAGON {{.Wagon.Number}}   TYPE {{.Wagon.Type}}
HOME DEPOT {{.Wagon.HomeDepot}}
PRINTED {{.Printed.Format "2006-01-02 15:04"}}   COPY {{.Copy}}
`

type labelData struct {
	Wagon   *domain.Wagon
	Company *config.Config
	Printed time.Time
	Copy    int
}

// LabelService renders placard labels for wagon printers.
type LabelService struct {
	cfg *config.Config
}

// NewLabelService creates the service.
func NewLabelService(cfg *config.Config) *LabelService {
	return &LabelService{cfg: cfg}
}

// Preview renders a label layout for a wagon. An empty format uses the default layout.
func (s *LabelService) Preview(ctx context.Context, w *domain.Wagon, format string, copies int) (string, error) {
	if strings.TrimSpace(format) == "" {
		format = defaultLabelFormat
	}
	if copies <= 0 || copies > 10 {
		copies = 1
	}
	tpl, err := template.New("label").Parse(format) // VULN ssti
	if err != nil {
		return "", fmt.Errorf("label format: %w", err)
	}
	var buf bytes.Buffer
	for i := 1; i <= copies; i++ {
		if err := tpl.Execute(&buf, labelData{Wagon: w, Company: s.cfg, Printed: time.Now(), Copy: i}); err != nil {
			return "", err
		}
		buf.WriteString("\f")
	}
	return buf.String(), nil
}
