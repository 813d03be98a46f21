package directory

import (
	"crypto/tls"
	"errors"
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

// StaffMember is a cooperative employee from the LDAP directory.
type StaffMember struct {
	DN    string
	Login string
	Name  string
	Mail  string
	Sheds []string
}

// Directory wraps the cooperative's LDAP server.
type Directory struct {
	url      string
	baseDN   string
	bindDN   string
	bindPass string
}

func New(url, baseDN, bindDN, bindPass string) *Directory {
	return &Directory{url: url, baseDN: baseDN, bindDN: bindDN, bindPass: bindPass}
}

func (d *Directory) connect() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(d.url, ldap.DialWithTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}))
	if err != nil {
		return nil, err
	}
	if err := conn.Bind(d.bindDN, d.bindPass); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}

// Authenticate finds the staff entry for a login and binds as it.
func (d *Directory) Authenticate(login, password string) (*StaffMember, error) {
	if password == "" {
		return nil, errors.New("empty password")
	}
	conn, err := d.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	res, err := conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false, fmt.Sprintf("(&(objectClass=inetOrgPerson)(uid=%s))", login), []string{"uid", "cn", "mail", "shedAccess"}, nil)) // VULN ldap
	if err != nil {
		return nil, err
	}
	if len(res.Entries) != 1 {
		return nil, errors.New("unknown staff login")
	}
	e := res.Entries[0]
	if err := conn.Bind(e.DN, password); err != nil {
		return nil, errors.New("invalid credentials")
	}
	return toStaff(e), nil
}

// ShedStaff lists staff with access to a given packing shed.
func (d *Directory) ShedStaff(shed string) ([]StaffMember, error) {
	conn, err := d.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	res, err := conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 500, 10, false, "(&(objectClass=inetOrgPerson)(shedAccess="+ldap.EscapeFilter(shed)+"))", []string{"uid", "cn", "mail", "shedAccess"}, nil)) // SAFE ldap
	if err != nil {
		return nil, err
	}
	out := make([]StaffMember, 0, len(res.Entries))
	for _, e := range res.Entries {
		out = append(out, *toStaff(e))
	}
	return out, nil
}

func toStaff(e *ldap.Entry) *StaffMember {
	return &StaffMember{
		DN:    e.DN,
		Login: e.GetAttributeValue("uid"),
		Name:  e.GetAttributeValue("cn"),
		Mail:  e.GetAttributeValue("mail"),
		Sheds: e.GetAttributeValues("shedAccess"),
	}
}
