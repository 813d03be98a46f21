package service

import (
	"fmt"

	"github.com/go-ldap/ldap/v3"

	"github.com/spokeshare/spokeshare/internal/config"
)

// StaffMember is a depot technician or operations employee.
type StaffMember struct{ UID, Name, Mail, Depot string }

var staffAttrs = []string{"uid", "cn", "mail", "departmentNumber"}

// StaffDirectory looks up staff in the company LDAP directory.
type StaffDirectory struct{ Cfg config.Config }

func (d *StaffDirectory) dial() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(d.Cfg.LDAPURL)
	if err == nil {
		if err = conn.Bind(d.Cfg.LDAPBindDN, d.Cfg.LDAPBindPassword); err != nil {
			conn.Close()
		}
	}
	return conn, err
}

// Authenticate verifies a staff member's directory password.
func (d *StaffDirectory) Authenticate(username, password string) (*StaffMember, error) {
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	filter := fmt.Sprintf("(&(objectClass=spokeshareStaff)(uid=%s))", username)
	res, err := conn.Search(ldap.NewSearchRequest(d.Cfg.LDAPBaseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false, filter, staffAttrs, nil)) // VULN ldap
	if err != nil || len(res.Entries) != 1 || conn.Bind(res.Entries[0].DN, password) != nil {
		return nil, ErrBadCredentials
	}
	return toStaff(res.Entries[0]), nil
}

// Lookup returns the public profile of a staff member.
func (d *StaffDirectory) Lookup(uid string) (*StaffMember, error) {
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	filter := fmt.Sprintf("(&(objectClass=spokeshareStaff)(uid=%s))", ldap.EscapeFilter(uid))
	res, err := conn.Search(ldap.NewSearchRequest(d.Cfg.LDAPBaseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 10, false, filter, staffAttrs, nil)) // SAFE ldap
	if err != nil || len(res.Entries) == 0 {
		return nil, fmt.Errorf("staff member %q not found", uid)
	}
	return toStaff(res.Entries[0]), nil
}

func toStaff(e *ldap.Entry) *StaffMember {
	return &StaffMember{UID: e.GetAttributeValue("uid"), Name: e.GetAttributeValue("cn"),
		Mail: e.GetAttributeValue("mail"), Depot: e.GetAttributeValue("departmentNumber")}
}
