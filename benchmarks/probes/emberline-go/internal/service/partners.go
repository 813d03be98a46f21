package service

import (
	"bytes"
	"context"
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/emberline/dispatch/internal/events"
	"github.com/emberline/dispatch/internal/models"
	"github.com/emberline/dispatch/internal/store"
)

const defaultNotifyTemplate = `Emberline dispatch update
Request #{{.Request.ID}} ({{.Request.Kind}} x{{.Request.Quantity}}) is now {{.Status | upper}}.
Priority score: {{.Priority}}
{{if .ETA}}Estimated arrival: {{.ETA}}{{end}}
`

var notifyFuncs = texttemplate.FuncMap{
	"upper": strings.ToUpper,
	"lower": strings.ToLower,
	"env":   os.Getenv,
	"now":   func() string { return time.Now().UTC().Format(time.RFC3339) },
}

var exportFormats = map[string]bool{"pdf": true, "docx": true, "html": true, "odt": true}

// Registration is the self-service partner sign-up payload.
type Registration struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Email    string `json:"email"`
	Password string `json:"password"`
	Webhook  string `json:"webhook_url"`
}

// RequestInput is a resource request placed by a partner.
type RequestInput struct {
	IncidentID  uint   `json:"incident_id"`
	Kind        string `json:"kind"`
	Quantity    int    `json:"quantity"`
	CallbackURL string `json:"callback_url"`
}

// NotificationData is exposed to partner notification templates.
type NotificationData struct {
	Partner  *models.Partner
	Request  *models.ResourceRequest
	Status   string
	Priority int
	ETA      string
}

// PartnerService implements the partner agency workflows.
type PartnerService struct {
	partners *store.PartnerStore
	pub      *events.Publisher
}

// NewPartnerService wires the partner service.
func NewPartnerService(partners *store.PartnerStore, pub *events.Publisher) *PartnerService {
	return &PartnerService{partners: partners, pub: pub}
}

func hashPartnerSecret(secret string) string {
	sum := md5.Sum([]byte(secret)) // VULN hash
	return hex.EncodeToString(sum[:])
}

func newAPIKey() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return "emb_" + hex.EncodeToString(b), nil
}

// Register creates a partner and returns its API key once.
func (s *PartnerService) Register(ctx context.Context, in Registration) (*models.Partner, string, error) {
	if in.ID == "" || in.Name == "" || len(in.Password) < 10 {
		return nil, "", fmt.Errorf("%w: id, name and a 10+ character password are required", ErrValidation)
	}
	key, err := newAPIKey()
	if err != nil {
		return nil, "", err
	}
	p := &models.Partner{
		ID:           strings.ToLower(in.ID),
		Name:         in.Name,
		ContactEmail: in.Email,
		PasswordHash: hashPartnerSecret(in.Password),
		APIKey:       key,
		WebhookURL:   in.Webhook,
		CreatedAt:    time.Now().UTC(),
	}
	if err := s.partners.Create(ctx, p); err != nil {
		return nil, "", err
	}
	return p, key, nil
}

// SetNotifyTemplate stores a partner's custom notification text.
func (s *PartnerService) SetNotifyTemplate(ctx context.Context, partnerID, tpl string) error {
	if len(tpl) > 8192 {
		return fmt.Errorf("%w: template too long", ErrValidation)
	}
	return s.partners.UpdateTemplate(ctx, partnerID, tpl)
}

// AddRule stores a prioritisation rule evaluated by the worker.
func (s *PartnerService) AddRule(ctx context.Context, partnerID, name, expr string) (*models.DispatchRule, error) {
	if strings.TrimSpace(expr) == "" || len(expr) > 4096 {
		return nil, fmt.Errorf("%w: expression required", ErrValidation)
	}
	r := &models.DispatchRule{PartnerID: partnerID, Name: name, Expression: expr, Enabled: true}
	if err := s.partners.SaveRule(ctx, r); err != nil {
		return nil, err
	}
	return r, nil
}

// SubmitRequest records a resource request and queues it for the worker.
func (s *PartnerService) SubmitRequest(ctx context.Context, partnerID string, in RequestInput) (*models.ResourceRequest, error) {
	if in.Quantity <= 0 || in.Quantity > 50 {
		return nil, fmt.Errorf("%w: quantity out of range", ErrValidation)
	}
	rr := &models.ResourceRequest{
		IncidentID:  in.IncidentID,
		PartnerID:   partnerID,
		Kind:        in.Kind,
		Quantity:    in.Quantity,
		Status:      "received",
		CallbackURL: in.CallbackURL,
		CreatedAt:   time.Now().UTC(),
	}
	if err := s.partners.CreateRequest(ctx, rr); err != nil {
		return nil, err
	}
	err := s.pub.Publish(events.SubjectResourceRequest, events.ResourceRequested{
		RequestID:   rr.ID,
		PartnerID:   partnerID,
		Kind:        rr.Kind,
		Quantity:    rr.Quantity,
		CallbackURL: rr.CallbackURL,
	})
	return rr, err
}

// RequestExport queues conversion of an incident report for a partner.
func (s *PartnerService) RequestExport(ctx context.Context, partnerID string, incidentID int, format string) error {
	format = strings.ToLower(strings.TrimSpace(format))
	if format == "" {
		format = "pdf"
	}
	if !exportFormats[format] && !strings.HasPrefix(format, "pdf") {
		return fmt.Errorf("%w: unsupported format", ErrValidation)
	}
	return s.pub.Publish(events.SubjectReportExport, events.ReportExportRequested{
		IncidentID: incidentID, Format: format, RequestedBy: partnerID,
	})
}

// QueueTileBundle hands a spooled partner tarball to the worker.
func (s *PartnerService) QueueTileBundle(partnerID, layer, path string) error {
	return s.pub.Publish(events.SubjectTileBundle, events.TileBundleUploaded{Layer: layer, ArchivePath: path, PartnerID: partnerID})
}

// ImportSnapshot applies a mutual-aid snapshot sent by a neighbouring center.
func (s *PartnerService) ImportSnapshot(ctx context.Context, r io.Reader) (int, error) {
	snap, err := store.DecodeSnapshot(r)
	if err != nil {
		return 0, err
	}
	return s.partners.ApplySnapshot(ctx, snap)
}

// RenderNotification renders the partner's notification for a request.
func RenderNotification(p *models.Partner, data NotificationData) (string, error) {
	if strings.TrimSpace(p.NotifyTemplate) == "" {
		return renderDefaultNotification(data)
	}
	t, err := texttemplate.New("partner").Funcs(notifyFuncs).Parse(p.NotifyTemplate) // VULN ssti
	if err != nil {
		return "", fmt.Errorf("partner template: %w", err)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return "", err
	}
	return buf.String(), nil
}

func renderDefaultNotification(data NotificationData) (string, error) {
	t, err := texttemplate.New("default").Funcs(notifyFuncs).Parse(defaultNotifyTemplate) // SAFE ssti
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return "", err
	}
	return buf.String(), nil
}
