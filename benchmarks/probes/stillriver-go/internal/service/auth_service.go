package service

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/mail"
	"net/smtp"
	"os"
	"strings"
	"time"

	"github.com/stillriver/stillriver/internal/domain"
	"github.com/stillriver/stillriver/internal/dto"
	"github.com/stillriver/stillriver/internal/render"
	"github.com/stillriver/stillriver/internal/repo"
	"github.com/stillriver/stillriver/internal/security"
)

// Mailer sends e-mail.
type Mailer interface {
	Send(ctx context.Context, to, subject string, body []byte) error
}

// AuthService handles sign-in, registration and password resets.
type AuthService struct {
	users    *repo.UserRepo
	issuer   *security.Issuer
	renderer *render.Renderer
	mailer   Mailer
	siteURL  string
}

// NewAuthService returns an auth service.
func NewAuthService(u *repo.UserRepo, i *security.Issuer, r *render.Renderer, m Mailer, siteURL string) *AuthService {
	return &AuthService{users: u, issuer: i, renderer: r, mailer: m, siteURL: siteURL}
}

// Login verifies credentials and returns a session token.
func (s *AuthService) Login(ctx context.Context, form dto.LoginForm) (string, *domain.User, error) {
	u, err := s.users.ByUsername(ctx, strings.TrimSpace(form.Username))
	if errors.Is(err, repo.ErrNotFound) {
		return "", nil, security.ErrBadCredentials
	}
	if err != nil {
		return "", nil, err
	}
	if u.Role == "mariner" {
		err = security.CheckMarinerPassword(u.PasswordHash, form.Password)
	} else {
		err = security.CheckStaffPassword(u.PasswordHash, form.Password)
	}
	if err != nil {
		return "", nil, err
	}
	token, err := s.issuer.Sign(u.ID, u.Role)
	return token, u, err
}

// Register creates a mariner account.
func (s *AuthService) Register(ctx context.Context, req dto.RegisterRequest) (*domain.User, error) {
	if len(req.Password) < 10 {
		return nil, errors.New("password must be at least 10 characters")
	}
	if _, err := mail.ParseAddress(req.Email); err != nil {
		return nil, errors.New("invalid e-mail address")
	}
	saltBytes := make([]byte, 8)
	if _, err := rand.Read(saltBytes); err != nil {
		return nil, err
	}
	u := &domain.User{
		Username:     strings.TrimSpace(req.Username),
		Email:        strings.ToLower(strings.TrimSpace(req.Email)),
		PasswordHash: security.HashMarinerPassword(req.Password, hex.EncodeToString(saltBytes)),
		Role:         "mariner",
	}
	if err := s.users.Create(ctx, u); err != nil {
		return nil, err
	}
	return u, nil
}

// CreateStaff creates a lock operator or inspector account.
func (s *AuthService) CreateStaff(ctx context.Context, username, email, password, role string) (*domain.User, error) {
	if role != "operator" && role != "inspector" {
		return nil, fmt.Errorf("unknown staff role %q", role)
	}
	hash, err := security.HashStaffPassword(password)
	if err != nil {
		return nil, err
	}
	u := &domain.User{Username: username, Email: email, PasswordHash: hash, Role: role}
	return u, s.users.Create(ctx, u)
}

// RequestReset e-mails a password reset link if the address is known.
func (s *AuthService) RequestReset(ctx context.Context, email string) error {
	u, err := s.users.ByEmail(ctx, strings.TrimSpace(email))
	if errors.Is(err, repo.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	token, err := security.ResetToken()
	if err != nil {
		return err
	}
	sum := sha256.Sum256([]byte(token))
	if err := s.users.StoreResetToken(ctx, u.ID, hex.EncodeToString(sum[:]), time.Now().Add(30*time.Minute)); err != nil {
		return err
	}
	var body bytes.Buffer
	data := render.MailData{Recipient: u.Username, Link: s.siteURL + "/auth/reset/" + token}
	if err := s.renderer.Mail(&body, "password_reset", data); err != nil {
		return err
	}
	return s.mailer.Send(ctx, u.Email, "Reset your Stillriver password", body.Bytes())
}

// SMTPMailer sends mail through the authority's relay.
type SMTPMailer struct {
	Addr string
	From string
	Auth smtp.Auth
}

// NewSMTPMailer configures a mailer from the environment.
func NewSMTPMailer() *SMTPMailer {
	host := os.Getenv("STILLRIVER_SMTP_HOST")
	if host == "" {
		host = "relay.stillriver.internal"
	}
	return &SMTPMailer{
		Addr: host + ":587",
		From: "no-reply@stillriver.io",
		Auth: smtp.PlainAuth("", os.Getenv("STILLRIVER_SMTP_USER"), os.Getenv("STILLRIVER_SMTP_PASSWORD"), host),
	}
}

// Send delivers a plain-text message.
func (m *SMTPMailer) Send(ctx context.Context, to, subject string, body []byte) error {
	if strings.ContainsAny(to, "\r\n") || strings.ContainsAny(subject, "\r\n") {
		return fmt.Errorf("invalid header value")
	}
	var msg bytes.Buffer
	fmt.Fprintf(&msg, "From: %s\r\nTo: %s\r\nSubject: %s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n", m.From, to, subject)
	msg.Write(body)
	return smtp.SendMail(m.Addr, m.Auth, m.From, []string{to}, msg.Bytes())
}
