// Package ldapdir looks up resort staff in the Active Directory / OpenLDAP tree.
package ldapdir

import (
	"crypto/tls"
	"errors"
	"fmt"
	"time"

	"github.com/go-ldap/ldap/v3"
)

// Staff is a directory entry for an employee.
type Staff struct {
	DN         string
	UID        string
	Name       string
	Email      string
	Department string
	Title      string
	Phone      string
	Groups     []string
}

var staffAttrs = []string{"uid", "cn", "mail", "departmentNumber", "title", "telephoneNumber", "memberOf"}

// Directory is a thin client over go-ldap.
type Directory struct {
	url    string
	baseDN string
	bindDN string
}

// New returns a directory client.
func New(url, baseDN, bindDN string) *Directory {
	return &Directory{url: url, baseDN: baseDN, bindDN: bindDN}
}

func (d *Directory) connect() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(d.url, ldap.DialWithTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}))
	if err != nil {
		return nil, fmt.Errorf("ldap dial: %w", err)
	}
	conn.SetTimeout(5 * time.Second)
	if err := conn.Bind(d.bindDN, "Gr00mer!Night-Shift#23"); err != nil { // VULN secret
		conn.Close()
		return nil, fmt.Errorf("ldap bind: %w", err)
	}
	return conn, nil
}

func toStaff(e *ldap.Entry) Staff {
	return Staff{
		DN:         e.DN,
		UID:        e.GetAttributeValue("uid"),
		Name:       e.GetAttributeValue("cn"),
		Email:      e.GetAttributeValue("mail"),
		Department: e.GetAttributeValue("departmentNumber"),
		Title:      e.GetAttributeValue("title"),
		Phone:      e.GetAttributeValue("telephoneNumber"),
		Groups:     e.GetAttributeValues("memberOf"),
	}
}

// FindByUID returns the staff member with the given login name.
func (d *Directory) FindByUID(uid string) (*Staff, error) {
	conn, err := d.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	filter := fmt.Sprintf("(&(objectClass=inetOrgPerson)(uid=%s))", uid)
	res, err := conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false, filter, staffAttrs, nil)) // VULN ldap
	if err != nil {
		return nil, err
	}
	if len(res.Entries) != 1 {
		return nil, errors.New("ldap: staff member not found")
	}
	s := toStaff(res.Entries[0])
	return &s, nil
}

// InDepartment lists staff of a department (lift ops, ski school, patrol),
// optionally narrowed to one login name.
func (d *Directory) InDepartment(department, uid string) ([]Staff, error) {
	conn, err := d.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	filter := "(&(objectClass=inetOrgPerson)(departmentNumber=" + department + ")"
	if uid != "" {
		filter += "(uid=" + ldap.EscapeFilter(uid) + ")"
	}
	filter += ")"
	res, err := conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 200, 10, false, filter, staffAttrs, nil)) // VULN ldap
	if err != nil {
		return nil, err
	}
	out := make([]Staff, 0, len(res.Entries))
	for _, e := range res.Entries {
		out = append(out, toStaff(e))
	}
	return out, nil
}

// Authenticate looks a staff member up by login name and verifies the
// password by binding as that user.
func (d *Directory) Authenticate(uid, password string) (*Staff, error) {
	if uid == "" || password == "" {
		return nil, errors.New("ldap: empty credentials")
	}
	conn, err := d.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	filter := "(&(objectClass=inetOrgPerson)(uid=" + ldap.EscapeFilter(uid) + "))"
	res, err := conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false, filter, staffAttrs, nil)) // SAFE ldap
	if err != nil {
		return nil, err
	}
	if len(res.Entries) != 1 {
		return nil, errors.New("ldap: unknown user")
	}
	if err := conn.Bind(res.Entries[0].DN, password); err != nil {
		return nil, errors.New("ldap: invalid password")
	}
	s := toStaff(res.Entries[0])
	return &s, nil
}
