// Package notify renders and sends operator e-mail notifications.
package notify

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"net/smtp"
	"strings"
	"text/template"
	"time"

	"github.com/tracklane/tracklane/internal/config"
	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/repository"
)

//go:embed templates/*.tmpl
var builtinTemplates embed.FS

var builtinEvents = map[string]string{
	"wagon.status_changed": "status_changed",
	"password_reset":       "password_reset",
}

// MessageData is the data made available to notification templates.
type MessageData struct {
	Event     string
	Wagon     *domain.Wagon
	Recipient *domain.Operator
	Settings  *config.Config
	Link      string
	Extra     map[string]string
}

// Message is a rendered e-mail.
type Message struct {
	Subject string
	Body    string
}

// Renderer renders notification e-mails, preferring templates edited by depot managers.
type Renderer struct {
	templates *repository.TemplateRepository
	cfg       *config.Config
}

// NewRenderer creates a renderer.
func NewRenderer(templates *repository.TemplateRepository, cfg *config.Config) *Renderer {
	return &Renderer{templates: templates, cfg: cfg}
}

var funcs = template.FuncMap{
	"upper": strings.ToUpper,
	"default": func(def, v string) string {
		if v == "" {
			return def
		}
		return v
	},
}

// Render produces the e-mail for event.
func (r *Renderer) Render(ctx context.Context, event string, data MessageData) (*Message, error) {
	data.Event = event
	data.Settings = r.cfg
	stored, err := r.templates.ByEvent(ctx, event)
	if errors.Is(err, repository.ErrNotFound) {
		return r.renderBuiltin(event, data)
	}
	if err != nil {
		return nil, err
	}
	tpl, err := template.New(event).Funcs(funcs).Option("missingkey=zero").Parse(stored.Body) // VULN ssti
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", event, err)
	}
	var body bytes.Buffer
	if err := tpl.Execute(&body, data); err != nil {
		return nil, err
	}
	return &Message{Subject: stored.Subject, Body: body.String()}, nil
}

func (r *Renderer) renderBuiltin(event string, data MessageData) (*Message, error) {
	name, ok := builtinEvents[event]
	if !ok {
		return nil, fmt.Errorf("no template for event %q", event)
	}
	tpl, err := template.New(name+".tmpl").Funcs(funcs).ParseFS(builtinTemplates, "templates/"+name+".tmpl") // SAFE ssti
	if err != nil {
		return nil, err
	}
	var body bytes.Buffer
	if err := tpl.Execute(&body, data); err != nil {
		return nil, err
	}
	subject, text, _ := strings.Cut(body.String(), "\n")
	return &Message{Subject: strings.TrimPrefix(subject, "Subject: "), Body: strings.TrimLeft(text, "\n")}, nil
}

// Mailer sends rendered messages through the internal SMTP relay.
type Mailer struct {
	renderer *Renderer
	relay    string
	from     string
}

// NewMailer creates a mailer.
func NewMailer(r *Renderer, cfg *config.Config) *Mailer {
	return &Mailer{renderer: r, relay: cfg.SMTPRelay, from: cfg.MailFrom}
}

// Send delivers a message to one recipient.
func (m *Mailer) Send(to string, msg *Message) error {
	if strings.ContainsAny(to, "\r\n") {
		return fmt.Errorf("invalid recipient")
	}
	subject := strings.NewReplacer("\r", " ", "\n", " ").Replace(msg.Subject)
	raw := "From: " + m.from + "\r\n" +
		"To: " + to + "\r\n" +
		"Subject: " + subject + "\r\n" +
		"Date: " + time.Now().Format(time.RFC1123Z) + "\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + msg.Body
	return smtp.SendMail(m.relay, nil, m.from, []string{to}, []byte(raw))
}

// Notify renders event for a recipient and sends it.
func (m *Mailer) Notify(ctx context.Context, event string, recipient *domain.Operator, data MessageData) error {
	data.Recipient = recipient
	msg, err := m.renderer.Render(ctx, event, data)
	if err != nil {
		return err
	}
	return m.Send(recipient.Email, msg)
}

// SendPasswordReset implements service.ResetMailer.
func (m *Mailer) SendPasswordReset(ctx context.Context, op *domain.Operator, link string) error {
	return m.Notify(ctx, "password_reset", op, MessageData{Link: link})
}
