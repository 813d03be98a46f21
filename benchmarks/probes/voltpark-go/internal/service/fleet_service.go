package service

import (
	"context"
	"html"
	"html/template"
	"net/mail"
	"net/url"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/voltpark/platform/internal/auth"
	"github.com/voltpark/platform/internal/dto"
	"github.com/voltpark/platform/internal/models"
	"github.com/voltpark/platform/internal/repository"
)

var fleetRoles = map[string]bool{"fleet_admin": true, "fleet_manager": true, "fleet_viewer": true}

type FleetService struct {
	repo     *repository.FleetRepo
	notifier *WebhookNotifier
}

func NewFleetService(repo *repository.FleetRepo, notifier *WebhookNotifier) *FleetService {
	return &FleetService{repo: repo, notifier: notifier}
}

// FleetCard is one row of the operator's fleet directory page.
type FleetCard struct {
	ID           string
	Link         template.HTML
	BillingEmail string
	Vehicles     int
	Since        string
}

func websiteLink(a models.FleetAccount) template.HTML {
	if a.Website == "" {
		return template.HTML(html.EscapeString(a.Name))
	}
	return template.HTML(`<a class="fleet-site" href="` + html.EscapeString(a.Website) + `" rel="noopener">` + html.EscapeString(a.Name) + `</a>`) // VULN xss
}

func (s *FleetService) Directory(ctx context.Context) ([]FleetCard, error) {
	accounts, err := s.repo.ListAccounts(ctx)
	if err != nil {
		return nil, err
	}
	cards := make([]FleetCard, 0, len(accounts))
	for _, a := range accounts {
		cards = append(cards, FleetCard{
			ID:           a.ID,
			Link:         websiteLink(a),
			BillingEmail: a.BillingEmail,
			Vehicles:     a.VehicleCount,
			Since:        a.CreatedAt.Format("Jan 2006"),
		})
	}
	return cards, nil
}

func (s *FleetService) Account(ctx context.Context, id string) (*models.FleetAccount, error) {
	return s.repo.GetAccount(ctx, id)
}

func (s *FleetService) UpdateProfile(ctx context.Context, accountID string, req dto.FleetProfileRequest) error {
	name := strings.TrimSpace(req.Name)
	if name == "" || len(name) > 120 {
		return invalid("name must be 1-120 characters")
	}
	if _, err := mail.ParseAddress(req.BillingEmail); err != nil {
		return invalid("invalid billing email")
	}
	return s.repo.UpdateProfile(ctx, accountID, name, req.BillingEmail, strings.TrimSpace(req.Website))
}

func (s *FleetService) SetInvoiceTemplate(ctx context.Context, user *auth.Claims, tmpl string) error {
	if user.Role != "fleet_admin" {
		return ErrForbidden
	}
	if len(tmpl) > 16<<10 {
		return invalid("template too large")
	}
	return s.repo.SetInvoiceTemplate(ctx, user.AccountID, tmpl)
}

// TestWebhook sends a sample event to the URL a fleet admin is about to
// register so they can check their endpoint from the dashboard.
func (s *FleetService) TestWebhook(ctx context.Context, rawURL string) (*WebhookResult, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, invalid("webhook url must be an absolute http(s) url")
	}
	return s.notifier.Ping(ctx, u.String())
}

func (s *FleetService) CreateUser(ctx context.Context, accountID string, req dto.CreateFleetUserRequest) (*models.FleetUser, error) {
	if !fleetRoles[req.Role] {
		return nil, invalid("unknown role %q", req.Role)
	}
	if len(req.Password) < 12 {
		return nil, invalid("password must be at least 12 characters")
	}
	hash, err := auth.HashPassword(req.Password)
	if err != nil {
		return nil, err
	}
	u := &models.FleetUser{
		ID:           uuid.NewString(),
		AccountID:    accountID,
		Email:        strings.ToLower(strings.TrimSpace(req.Email)),
		PasswordHash: hash,
		Role:         req.Role,
		CreatedAt:    time.Now().UTC(),
	}
	return u, s.repo.CreateUser(ctx, u)
}

// RegisterDriver is called by the driver mobile app with an invite code
// handed out by the fleet manager.
func (s *FleetService) RegisterDriver(ctx context.Context, req dto.RegisterDriverRequest) (*models.Driver, error) {
	if len(req.Password) < 8 {
		return nil, invalid("password must be at least 8 characters")
	}
	if _, err := mail.ParseAddress(req.Email); err != nil {
		return nil, invalid("invalid email")
	}
	accountID, err := s.repo.ConsumeInvite(ctx, req.Invite)
	if err != nil {
		return nil, invalid("invite code is not valid")
	}
	d := &models.Driver{
		ID:             uuid.NewString(),
		AccountID:      accountID,
		Name:           strings.TrimSpace(req.Name),
		Email:          strings.ToLower(req.Email),
		PasswordDigest: auth.DriverPasswordDigest(req.Password),
		CreatedAt:      time.Now().UTC(),
	}
	return d, s.repo.CreateDriver(ctx, d)
}
