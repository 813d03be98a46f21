package service

import (
	"strings"
	"time"

	"github.com/curbwatch/curbwatch/internal/auth"
	"github.com/curbwatch/curbwatch/internal/domain"
)

type OfficerService struct {
	directory *auth.Directory
	tokens    *auth.TokenService
}

func NewOfficerService(dir *auth.Directory, tokens *auth.TokenService) *OfficerService {
	return &OfficerService{directory: dir, tokens: tokens}
}

// Verify lets a motorist confirm that the badge number on a ticket is genuine.
func (s *OfficerService) Verify(badge string) ([]domain.Officer, error) {
	return s.directory.LookupBadge(strings.TrimSpace(badge))
}

// Login authenticates a supervisor and returns a staff token.
func (s *OfficerService) Login(username, password string) (string, domain.Officer, error) {
	o, err := s.directory.Authenticate(strings.TrimSpace(username), password)
	if err != nil {
		return "", o, err
	}
	tok, err := s.tokens.IssueStaffToken(o.Badge, o.Roles, 8*time.Hour)
	return tok, o, err
}
