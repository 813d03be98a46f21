package security

import (
	"crypto/tls"
	"errors"
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

// Directory authenticates office staff against the co-op directory.
type Directory struct {
	URL      string
	BaseDN   string
	BindDN   string
	BindPass string
	TLS      *tls.Config
}

// StaffEntry is the subset of attributes the admin console needs.
type StaffEntry struct {
	DN          string
	UID         string
	DisplayName string
	Mail        string
}

func (d *Directory) dial() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(d.URL, ldap.DialWithTLSConfig(d.TLS))
	if err != nil {
		return nil, err
	}
	if err := conn.Bind(d.BindDN, d.BindPass); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}

// Authenticate finds the user entry and binds as it with the given password.
func (d *Directory) Authenticate(username, password string) (*StaffEntry, error) {
	if username == "" || password == "" {
		return nil, errors.New("username and password required")
	}
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	filter := fmt.Sprintf("(&(objectClass=inetOrgPerson)(uid=%s))", ldap.EscapeFilter(username))
	req := ldap.NewSearchRequest(d.BaseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false, filter, []string{"dn", "uid", "displayName", "mail"}, nil)
	res, err := conn.Search(req) // SAFE ldap
	if err != nil {
		return nil, err
	}
	if len(res.Entries) == 0 {
		return nil, errors.New("unknown user")
	}
	e := res.Entries[0]
	if err := conn.Bind(e.DN, password); err != nil {
		return nil, errors.New("invalid credentials")
	}
	return &StaffEntry{DN: e.DN, UID: e.GetAttributeValue("uid"), DisplayName: e.GetAttributeValue("displayName"), Mail: e.GetAttributeValue("mail")}, nil
}

// InGroup reports whether the user is a member of the named group.
func (d *Directory) InGroup(uid, group string) (bool, error) {
	conn, err := d.dial()
	if err != nil {
		return false, err
	}
	defer conn.Close()
	filter := fmt.Sprintf("(&(objectClass=groupOfNames)(cn=%s)(member=uid=%s,%s))", ldap.EscapeFilter(group), ldap.EscapeFilter(uid), d.BaseDN)
	req := ldap.NewSearchRequest("ou=groups,dc=siloworks,dc=local", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 10, false, filter, []string{"cn"}, nil)
	res, err := conn.Search(req)
	if err != nil {
		return false, err
	}
	return len(res.Entries) > 0, nil
}

// SearchOperators lists elevator-site operators whose name matches term; used
// by the admin console when assigning kiosks.
func (d *Directory) SearchOperators(term string) ([]StaffEntry, error) {
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	filter := "(&(objectClass=inetOrgPerson)(departmentNumber=elevator)(cn=*" + term + "*))"
	req := ldap.NewSearchRequest(d.BaseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 50, 10, false, filter, []string{"dn", "uid", "displayName", "mail", "telephoneNumber"}, nil)
	res, err := conn.Search(req) // VULN ldap
	if err != nil {
		return nil, err
	}
	out := make([]StaffEntry, 0, len(res.Entries))
	for _, e := range res.Entries {
		out = append(out, StaffEntry{DN: e.DN, UID: e.GetAttributeValue("uid"), DisplayName: e.GetAttributeValue("displayName"), Mail: e.GetAttributeValue("mail")})
	}
	return out, nil
}
