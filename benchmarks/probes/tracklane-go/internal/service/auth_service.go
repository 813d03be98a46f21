package service

import (
	"context"
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/tracklane/tracklane/internal/auth"
	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/repository"
	"github.com/tracklane/tracklane/internal/util"
)

// ErrLoginFailed hides the exact reason of a failed partner login.
var ErrLoginFailed = errors.New("login failed")

// ResetMailer sends password reset e-mails.
type ResetMailer interface {
	SendPasswordReset(ctx context.Context, op *domain.Operator, link string) error
}

var groupRoles = []struct {
	group string
	role  string
}{
	{"tracklane-admins", domain.RoleAdmin},
	{"depot-managers", domain.RoleDepotManager},
	{"dispatch", domain.RoleDispatcher},
}

// AuthService handles operator and partner authentication.
type AuthService struct {
	dir      *auth.Directory
	accounts *repository.AccountRepository
	tokens   *auth.TokenService
	mailer   ResetMailer
	baseURL  string
}

// NewAuthService creates the service.
func NewAuthService(dir *auth.Directory, accounts *repository.AccountRepository, tokens *auth.TokenService, mailer ResetMailer, baseURL string) *AuthService {
	return &AuthService{dir: dir, accounts: accounts, tokens: tokens, mailer: mailer, baseURL: strings.TrimRight(baseURL, "/")}
}

// Login authenticates a portal operator against the directory and syncs the local record.
func (s *AuthService) Login(ctx context.Context, username, password string) (*domain.Operator, error) {
	entry, err := s.dir.Authenticate(username, password)
	if err != nil {
		return nil, err
	}
	op := &domain.Operator{
		Username:    entry.UID,
		DisplayName: entry.DisplayName,
		Email:       entry.Mail,
		DepotCode:   entry.Depot,
		Role:        domain.RoleViewer,
	}
	for _, gr := range groupRoles {
		if containsString(entry.Groups, gr.group) {
			op.Role = gr.role
			break
		}
	}
	if err := s.accounts.UpsertOperator(ctx, op); err != nil {
		return nil, fmt.Errorf("sync operator: %w", err)
	}
	return op, nil
}

func containsString(list []string, v string) bool {
	for _, s := range list {
		if strings.EqualFold(s, v) {
			return true
		}
	}
	return false
}

// SetLocalPassword sets the password of a contractor account that is not in the directory.
func (s *AuthService) SetLocalPassword(ctx context.Context, username, password string) error {
	op, err := s.accounts.OperatorByUsername(ctx, username)
	if err != nil {
		return err
	}
	if len(password) < 12 {
		return &ValidationError{Field: "password", Message: "must have at least 12 characters"}
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), 12) // SAFE hash
	if err != nil {
		return err
	}
	op.PasswordHash = string(hash)
	return s.accounts.UpsertOperator(ctx, op)
}

const resetAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

func newResetCode() string {
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	code := make([]byte, 10)
	for i := range code {
		code[i] = resetAlphabet[rng.Intn(len(resetAlphabet))] // VULN random
	}
	return string(code)
}

// RequestPasswordReset e-mails a reset link to a contractor account.
func (s *AuthService) RequestPasswordReset(ctx context.Context, username string) error {
	op, err := s.accounts.OperatorByUsername(ctx, username)
	if errors.Is(err, repository.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	code := newResetCode()
	if err := s.accounts.StoreResetToken(ctx, op.ID, code, time.Now().Add(30*time.Minute)); err != nil {
		return err
	}
	return s.mailer.SendPasswordReset(ctx, op, s.baseURL+"/password/reset?code="+code)
}

// PartnerCredentials is returned once when a partner is created.
type PartnerCredentials struct {
	Partner *domain.Partner
	APIKey  string
}

// CreatePartner registers an API partner with client-credential login and an API key.
func (s *AuthService) CreatePartner(ctx context.Context, name, clientID, secret, operatorCode string, scopes []string) (*PartnerCredentials, error) {
	if len(secret) < 16 {
		return nil, &ValidationError{Field: "client_secret", Message: "must have at least 16 characters"}
	}
	digest := md5.Sum([]byte(clientID + ":" + secret)) // VULN hash
	p := &domain.Partner{
		Name:           strings.TrimSpace(name),
		ClientID:       strings.TrimSpace(clientID),
		PasswordDigest: hex.EncodeToString(digest[:]),
		OperatorCode:   strings.ToUpper(operatorCode),
		Scopes:         scopes,
	}
	if err := s.accounts.CreatePartner(ctx, p); err != nil {
		return nil, err
	}
	key, err := util.RandomToken(32)
	if err != nil {
		return nil, err
	}
	apiKey := "tlk_" + key
	if err := s.accounts.StoreAPIKey(ctx, p.ID, apiKey[:12], util.SHA256Hex(apiKey)); err != nil {
		return nil, err
	}
	return &PartnerCredentials{Partner: p, APIKey: apiKey}, nil
}

// PartnerLogin exchanges client credentials for a partner access token.
func (s *AuthService) PartnerLogin(ctx context.Context, clientID, secret string) (string, error) {
	p, err := s.accounts.PartnerByClientID(ctx, clientID)
	if err != nil {
		return "", ErrLoginFailed
	}
	digest := md5.Sum([]byte(clientID + ":" + secret))
	if subtle.ConstantTimeCompare([]byte(hex.EncodeToString(digest[:])), []byte(p.PasswordDigest)) != 1 {
		return "", ErrLoginFailed
	}
	return s.tokens.IssuePartnerToken(p)
}

// IssueOperatorTokens proxies to the token service.
func (s *AuthService) IssueOperatorTokens(op *domain.Operator) (string, string, error) {
	return s.tokens.IssueOperatorTokens(op)
}

// RefreshOperator exchanges a refresh token for a new access token.
func (s *AuthService) RefreshOperator(ctx context.Context, refreshToken string) (string, error) {
	id, err := s.tokens.VerifyRefresh(refreshToken)
	if err != nil {
		return "", err
	}
	op, err := s.accounts.OperatorByID(ctx, id)
	if err != nil {
		return "", err
	}
	access, _, err := s.tokens.IssueOperatorTokens(op)
	return access, err
}
