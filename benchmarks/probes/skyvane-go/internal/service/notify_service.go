package service

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/skyvane/skyvane/internal/models"
	"github.com/skyvane/skyvane/internal/queue"
	"github.com/skyvane/skyvane/internal/repository"
	"github.com/skyvane/skyvane/internal/templates"
)

type NotifyService struct {
	partners  *PartnerService
	alerts    *AlertService
	stations  *StationService
	webhooks  *http.Client
	http      *http.Client
	slackURL  string
	publicURL string
	signKey   []byte
	msgTmpl   *texttemplate.Template
}

type notificationData struct {
	Alert         *models.Alert
	Station       *models.Station
	Partner       string
	SeverityLabel string
	Link          string
}

type webhookPayload struct {
	Event     string    `json:"event"`
	AlertID   string    `json:"alert_id"`
	Station   string    `json:"station"`
	Severity  int       `json:"severity"`
	Text      string    `json:"text"`
	Timestamp time.Time `json:"timestamp"`
}

var templateFuncs = texttemplate.FuncMap{
	"join":  strings.Join,
	"upper": strings.ToUpper,
}

func NewNotifyService(partners *PartnerService, alerts *AlertService, stations *StationService,
	webhooks, hc *http.Client, slackURL, publicURL string, signKey []byte) (*NotifyService, error) {
	tmpl, err := texttemplate.New("alert_message.tmpl").Funcs(templateFuncs).ParseFS(templates.FS, "alert_message.tmpl") // SAFE ssti
	if err != nil {
		return nil, err
	}
	return &NotifyService{
		partners:  partners,
		alerts:    alerts,
		stations:  stations,
		webhooks:  webhooks,
		http:      hc,
		slackURL:  slackURL,
		publicURL: strings.TrimRight(publicURL, "/"),
		signKey:   signKey,
		msgTmpl:   tmpl,
	}, nil
}

func severityLabel(s models.Severity) string {
	switch s {
	case models.SeverityEmergency:
		return "EMERGENCY"
	case models.SeverityWarning:
		return "WARNING"
	case models.SeverityAdvisory:
		return "ADVISORY"
	default:
		return "INFO"
	}
}

// renderMessage uses the partner's own wording if they configured one.
func (s *NotifyService) renderMessage(p repository.Partner, data notificationData) (string, error) {
	var buf bytes.Buffer
	if p.MessageTemplate.Valid && strings.TrimSpace(p.MessageTemplate.String) != "" {
		t, err := texttemplate.New("partner-" + p.Slug).Funcs(templateFuncs).Parse(p.MessageTemplate.String) // VULN ssti
		if err != nil {
			return "", fmt.Errorf("partner template: %w", err)
		}
		if err := t.Execute(&buf, data); err != nil {
			return "", err
		}
		return buf.String(), nil
	}
	if err := s.msgTmpl.Execute(&buf, data); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// DeliverWebhook posts an alert to the partner's webhook endpoint.
func (s *NotifyService) DeliverWebhook(ctx context.Context, t queue.WebhookTask) error {
	p, err := s.partners.ByID(ctx, t.PartnerID)
	if err != nil {
		return err
	}
	if !p.Active || !p.WebhookUrl.Valid || p.WebhookUrl.String == "" {
		return nil
	}
	a, err := s.alerts.Get(ctx, t.AlertID)
	if err != nil {
		return err
	}
	st, err := s.stations.Get(ctx, a.StationCode)
	if err != nil {
		return err
	}
	text, err := s.renderMessage(p, notificationData{
		Alert:         a,
		Station:       st,
		Partner:       p.Name,
		SeverityLabel: severityLabel(a.Severity),
		Link:          s.publicURL + "/stations/" + st.Code,
	})
	if err != nil {
		return err
	}
	body, err := json.Marshal(webhookPayload{
		Event:     "alert.raised",
		AlertID:   a.ID.Hex(),
		Station:   st.Code,
		Severity:  int(a.Severity),
		Text:      text,
		Timestamp: time.Now().UTC(),
	})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.WebhookUrl.String, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Skyvane-Signature", queue.Sign(s.signKey, body))
	resp, err := s.webhooks.Do(req) // VULN ssrf
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("webhook %s: %s", p.Slug, resp.Status)
	}
	return nil
}

// NotifyOps posts emergencies to the operations Slack channel.
func (s *NotifyService) NotifyOps(ctx context.Context, a *models.Alert) error {
	if s.slackURL == "" || a.Severity < models.SeverityWarning {
		return nil
	}
	b, _ := json.Marshal(map[string]string{
		"text": fmt.Sprintf(":rotating_light: %s %s at %s: %s", severityLabel(a.Severity), a.Kind, a.StationCode, a.Message),
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.slackURL, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.http.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

type digestData struct {
	Partner string
	Date    string
	Alerts  []models.Alert
}

// RenderDigest renders the plain-text daily digest e-mail for a partner.
func (s *NotifyService) RenderDigest(partnerName string, day time.Time, alerts []models.Alert) (string, error) {
	t, err := texttemplate.ParseFS(templates.FS, "alert_digest.tmpl")
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, digestData{Partner: partnerName, Date: day.Format("Mon 2 Jan 2006"), Alerts: alerts})
	return buf.String(), err
}
