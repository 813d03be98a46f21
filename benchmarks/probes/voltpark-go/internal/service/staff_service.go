package service

import (
	"context"
	"strings"

	"github.com/voltpark/platform/internal/auth"
)

type StaffService struct {
	dir    *auth.Directory
	issuer *auth.Issuer
}

func NewStaffService(dir *auth.Directory, issuer *auth.Issuer) *StaffService {
	return &StaffService{dir: dir, issuer: issuer}
}

// Login authenticates an operations staff member and returns a session token.
func (s *StaffService) Login(ctx context.Context, username, password string) (string, error) {
	if username == "" || password == "" {
		return "", auth.ErrInvalidCredentials
	}
	member, err := s.dir.Authenticate(username, password)
	if err != nil {
		return "", err
	}
	role := "operator_staff"
	for _, g := range member.Groups {
		if strings.HasPrefix(strings.ToLower(g), "cn=voltpark-admins,") {
			role = "operator_admin"
			break
		}
	}
	return s.issuer.Issue(member.UID, "", role)
}

type TechnicianProfile struct {
	EmployeeID string `json:"employee_id"`
	Name       string `json:"name"`
	Mail       string `json:"mail"`
}

func (s *StaffService) Technician(ctx context.Context, employeeID string) (*TechnicianProfile, error) {
	m, err := s.dir.LookupTechnician(employeeID)
	if err != nil {
		return nil, err
	}
	return &TechnicianProfile{EmployeeID: m.EmployeeID, Name: m.DisplayName, Mail: m.Mail}, nil
}
