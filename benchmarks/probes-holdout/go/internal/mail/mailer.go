// Package mail renders and sends guest emails.
package mail

import (
	"bytes"
	"fmt"
	"net/smtp"
	"path/filepath"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/chairlift-resort/chairlift/internal/config"
	"github.com/chairlift-resort/chairlift/internal/models"
)

// Mailer renders templates from templates/email and sends them over SMTP.
type Mailer struct {
	cfg       config.MailConfig
	templates *template.Template
	siteURL   string
}

// GiftData is available to the gift notification template and to the
// purchaser's personalised message.
type GiftData struct {
	Recipient   string
	Sender      string
	VoucherCode string
	Passes      []models.LiftPass
	Resort      *Mailer
	SentAt      time.Time
}

// New parses the email templates.
func New(cfg config.MailConfig, templateDir, siteURL string) (*Mailer, error) {
	funcs := template.FuncMap{
		"chf":   func(c int64) string { return fmt.Sprintf("CHF %d.%02d", c/100, c%100) },
		"date":  func(t time.Time) string { return t.Format("Mon 2 Jan 2006") },
		"upper": strings.ToUpper,
	}
	tmpl, err := template.New("email").Funcs(funcs).ParseGlob(filepath.Join(templateDir, "email", "*.txt")) // SAFE ssti
	if err != nil {
		return nil, fmt.Errorf("mail: parse templates: %w", err)
	}
	return &Mailer{cfg: cfg, templates: tmpl, siteURL: siteURL}, nil
}

// Config exposes the relay settings (used by the gift template footer).
func (m *Mailer) Config() config.MailConfig { return m.cfg }

// RenderGift renders the gift notification. Purchasers may personalise their
// message with placeholders such as {{.Recipient}} or {{.VoucherCode}}.
func (m *Mailer) RenderGift(order models.Order, data GiftData) (string, error) {
	data.Resort = m
	message := order.GiftMessage
	if strings.Contains(message, "{{") {
		personal, err := template.New("gift-message").Parse(message) // VULN ssti
		if err != nil {
			return "", fmt.Errorf("mail: gift message: %w", err)
		}
		var pb bytes.Buffer
		if err := personal.Execute(&pb, data); err != nil {
			return "", err
		}
		message = pb.String()
	}
	var buf bytes.Buffer
	err := m.templates.ExecuteTemplate(&buf, "gift.txt", struct {
		GiftData
		Message string
	}{data, message})
	return buf.String(), err
}

// Send delivers a plain-text email.
func (m *Mailer) Send(to, subject, body string) error {
	addr := m.cfg.Host + ":" + strconv.Itoa(m.cfg.Port)
	var auth smtp.Auth
	if m.cfg.Username != "" {
		auth = smtp.PlainAuth("", m.cfg.Username, m.cfg.Password, m.cfg.Host)
	}
	msg := "From: " + m.cfg.From + "\r\n" +
		"To: " + sanitizeHeader(to) + "\r\n" +
		"Subject: " + sanitizeHeader(subject) + "\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
	return smtp.SendMail(addr, auth, m.cfg.From, []string{to}, []byte(msg))
}

func sanitizeHeader(s string) string {
	return strings.NewReplacer("\r", "", "\n", "").Replace(s)
}
