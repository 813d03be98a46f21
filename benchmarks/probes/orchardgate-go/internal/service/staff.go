package service

import (
	"context"
	"errors"
	"strings"

	"github.com/orchardgate/orchardgate/internal/auth"
	"github.com/orchardgate/orchardgate/internal/directory"
)

// StaffService authenticates cooperative employees against LDAP.
type StaffService struct {
	dir    *directory.Directory
	tokens *auth.TokenIssuer
}

func NewStaffService(d *directory.Directory, t *auth.TokenIssuer) *StaffService {
	return &StaffService{dir: d, tokens: t}
}

// Login binds the staff member and issues a portal token with the staff role.
func (s *StaffService) Login(_ context.Context, login, password string) (string, *directory.StaffMember, error) {
	login = strings.TrimSpace(login)
	if login == "" {
		return "", nil, errors.New("login required")
	}
	member, err := s.dir.Authenticate(login, password)
	if err != nil {
		return "", nil, err
	}
	role := "staff"
	for _, shed := range member.Sheds {
		if shed == "*" {
			role = "admin"
		}
	}
	tok, err := s.tokens.IssuePortal(0, role)
	return tok, member, err
}

// ShedRoster lists staff with access to a shed.
func (s *StaffService) ShedRoster(shed string) ([]directory.StaffMember, error) {
	return s.dir.ShedStaff(shed)
}
