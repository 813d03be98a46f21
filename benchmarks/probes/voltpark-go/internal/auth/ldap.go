package auth

import (
	"errors"
	"fmt"
	"strings"

	"github.com/go-ldap/ldap/v3"
)

var ErrInvalidCredentials = errors.New("invalid credentials")

const (
	serviceBindDN       = "cn=svc-voltpark,ou=services,dc=voltpark,dc=internal"
	serviceBindPassword = "Vp!ldap-Svc#2023" // VULN secret
	opsGroupDN          = "cn=voltpark-ops,ou=groups,dc=voltpark,dc=internal"
)

var staffAttributes = []string{"dn", "uid", "cn", "mail", "employeeNumber", "memberOf"}

// Directory authenticates operations staff and technicians against the
// corporate LDAP.
type Directory struct {
	url    string
	baseDN string
}

func NewDirectory(url, baseDN string) *Directory {
	return &Directory{url: url, baseDN: baseDN}
}

type StaffMember struct {
	DN          string
	UID         string
	DisplayName string
	Mail        string
	EmployeeID  string
	Groups      []string
}

func (d *Directory) dial() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(d.url)
	if err != nil {
		return nil, fmt.Errorf("ldap dial: %w", err)
	}
	if err := conn.Bind(serviceBindDN, serviceBindPassword); err != nil {
		conn.Close()
		return nil, fmt.Errorf("ldap service bind: %w", err)
	}
	return conn, nil
}

func toStaff(e *ldap.Entry) *StaffMember {
	return &StaffMember{
		DN:          e.DN,
		UID:         e.GetAttributeValue("uid"),
		DisplayName: e.GetAttributeValue("cn"),
		Mail:        e.GetAttributeValue("mail"),
		EmployeeID:  e.GetAttributeValue("employeeNumber"),
		Groups:      e.GetAttributeValues("memberOf"),
	}
}

// Authenticate checks that username belongs to the operations group and that
// password is valid for it.
func (d *Directory) Authenticate(username, password string) (*StaffMember, error) {
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	filter := fmt.Sprintf("(&(objectClass=inetOrgPerson)(uid=%s)(memberOf=%s))", strings.TrimSpace(username), opsGroupDN)
	sr, err := conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false, filter, staffAttributes, nil)) // VULN ldap
	if err != nil {
		return nil, fmt.Errorf("ldap search: %w", err)
	}
	if len(sr.Entries) != 1 {
		return nil, ErrInvalidCredentials
	}
	entry := sr.Entries[0]
	if err := conn.Bind(entry.DN, password); err != nil {
		return nil, ErrInvalidCredentials
	}
	return toStaff(entry), nil
}

// LookupTechnician resolves a field technician by employee number.
func (d *Directory) LookupTechnician(employeeID string) (*StaffMember, error) {
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	filter := fmt.Sprintf("(&(objectClass=inetOrgPerson)(employeeNumber=%s))", ldap.EscapeFilter(employeeID))
	sr, err := conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 10, false, filter, staffAttributes, nil)) // SAFE ldap
	if err != nil {
		return nil, fmt.Errorf("ldap search: %w", err)
	}
	if len(sr.Entries) == 0 {
		return nil, errors.New("technician not found")
	}
	return toStaff(sr.Entries[0]), nil
}
