package service

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/gob"
	"errors"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/emberline/dispatch/internal/clients"
	"github.com/emberline/dispatch/internal/models"
	"github.com/emberline/dispatch/internal/store"
	"github.com/emberline/dispatch/internal/tokens"
)

var (
	ErrBadCredentials = errors.New("invalid username or password")
	ErrBadPrefs       = errors.New("console preferences cookie rejected")
)

const consoleSessionTTL = 12 * time.Hour

// ConsolePrefs are the per-operator console layout settings.
type ConsolePrefs struct {
	Region          string
	Layers          []string
	Units           string
	PinnedIncidents []int
}

// AuthService signs operators in against local accounts or the directory.
type AuthService struct {
	users    *store.UserStore
	dir      *clients.Directory
	tokens   *tokens.Verifier
	prefsKey []byte
}

// NewAuthService wires the auth service.
func NewAuthService(users *store.UserStore, dir *clients.Directory, tv *tokens.Verifier, prefsKey []byte) *AuthService {
	return &AuthService{users: users, dir: dir, tokens: tv, prefsKey: prefsKey}
}

// Login returns a signed console token for valid credentials.
func (s *AuthService) Login(ctx context.Context, username, password string) (string, error) {
	username = strings.TrimSpace(username)
	if username == "" {
		return "", ErrBadCredentials
	}
	if u, err := s.users.ByUsername(ctx, username); err == nil {
		if bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(password)) != nil {
			return "", ErrBadCredentials
		}
		return s.tokens.IssueConsole(u.Username, u.Role, consoleSessionTTL)
	} else if !errors.Is(err, store.ErrNotFound) {
		return "", err
	}

	du, err := s.dir.Authenticate(username, password)
	if err != nil {
		return "", ErrBadCredentials
	}
	return s.tokens.IssueConsole(du.UID, roleFromGroups(du.Groups), consoleSessionTTL)
}

// CreateLocalUser provisions a break-glass console account.
func (s *AuthService) CreateLocalUser(ctx context.Context, username, password, role string) error {
	if len(password) < 14 {
		return errors.New("password must be at least 14 characters")
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), 12) // SAFE hash
	if err != nil {
		return err
	}
	return s.users.Create(ctx, &models.ConsoleUser{Username: username, PasswordHash: string(hash), Role: role})
}

func roleFromGroups(groups []string) string {
	role := "viewer"
	for _, g := range groups {
		lg := strings.ToLower(g)
		switch {
		case strings.HasPrefix(lg, "cn=dispatch-supervisors,"):
			return "supervisor"
		case strings.HasPrefix(lg, "cn=dispatchers,"):
			role = "dispatcher"
		}
	}
	return role
}

// ReturnPath picks where to send an operator after sign-in.
func ReturnPath(next string) string {
	next = strings.TrimSpace(next)
	if next == "" || !strings.HasPrefix(next, "/") {
		return "/console"
	}
	return next
}

// EncodePrefs serialises and signs console preferences.
func (s *AuthService) EncodePrefs(p ConsolePrefs) (string, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(p); err != nil {
		return "", err
	}
	mac := hmac.New(sha256.New, s.prefsKey)
	mac.Write(buf.Bytes())
	return base64.RawURLEncoding.EncodeToString(append(buf.Bytes(), mac.Sum(nil)...)), nil
}

// DecodePrefs verifies and decodes the console preferences cookie.
func (s *AuthService) DecodePrefs(cookie string) (*ConsolePrefs, error) {
	raw, err := base64.RawURLEncoding.DecodeString(cookie)
	if err != nil || len(raw) <= sha256.Size {
		return nil, ErrBadPrefs
	}
	body, sig := raw[:len(raw)-sha256.Size], raw[len(raw)-sha256.Size:]
	mac := hmac.New(sha256.New, s.prefsKey)
	mac.Write(body)
	if !hmac.Equal(sig, mac.Sum(nil)) {
		return nil, ErrBadPrefs
	}
	var p ConsolePrefs
	if err := gob.NewDecoder(bytes.NewReader(body)).Decode(&p); err != nil { // SAFE deser
		return nil, ErrBadPrefs
	}
	return &p, nil
}
