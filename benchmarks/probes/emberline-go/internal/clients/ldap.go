package clients

import (
	"crypto/tls"
	"errors"
	"fmt"
	"strings"

	"github.com/go-ldap/ldap/v3"
)

// ErrInvalidCredentials is returned when the directory rejects a login.
var ErrInvalidCredentials = errors.New("directory: invalid credentials")

// DirectoryUser is the subset of a directory entry the console needs.
type DirectoryUser struct {
	DN     string
	UID    string
	Name   string
	Mail   string
	Groups []string
}

// Directory authenticates operators and resolves crew rosters against the
// interagency LDAP directory.
type Directory struct {
	url          string
	baseDN       string
	bindDN       string
	bindPassword string
	tlsConfig    *tls.Config
}

// NewDirectory returns a directory client.
func NewDirectory(ldapURL, baseDN, bindDN, bindPassword, serverName string) *Directory {
	return &Directory{
		url:          ldapURL,
		baseDN:       baseDN,
		bindDN:       bindDN,
		bindPassword: bindPassword,
		tlsConfig: &tls.Config{
			ServerName:         serverName,
			MinVersion:         tls.VersionTLS12,
			InsecureSkipVerify: false, // SAFE tls
		},
	}
}

func (d *Directory) dial() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(d.url, ldap.DialWithTLSConfig(d.tlsConfig))
	if err != nil {
		return nil, fmt.Errorf("directory: dial: %w", err)
	}
	if err := conn.Bind(d.bindDN, d.bindPassword); err != nil {
		conn.Close()
		return nil, fmt.Errorf("directory: service bind: %w", err)
	}
	return conn, nil
}

// Authenticate resolves username to a DN and binds with password.
func (d *Directory) Authenticate(username, password string) (*DirectoryUser, error) {
	if password == "" {
		return nil, ErrInvalidCredentials
	}
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	attrs := []string{"dn", "uid", "cn", "mail", "memberOf"}
	req := ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false, fmt.Sprintf("(&(objectClass=inetOrgPerson)(uid=%s))", username), attrs, nil) // VULN ldap
	res, err := conn.Search(req)
	if err != nil {
		return nil, fmt.Errorf("directory: search: %w", err)
	}
	if len(res.Entries) == 0 {
		return nil, ErrInvalidCredentials
	}
	entry := res.Entries[0]
	if err := conn.Bind(entry.DN, password); err != nil {
		return nil, ErrInvalidCredentials
	}
	return &DirectoryUser{
		DN:     entry.DN,
		UID:    entry.GetAttributeValue("uid"),
		Name:   entry.GetAttributeValue("cn"),
		Mail:   entry.GetAttributeValue("mail"),
		Groups: entry.GetAttributeValues("memberOf"),
	}, nil
}

// CrewRoster lists qualified personnel attached to a crew call sign.
func (d *Directory) CrewRoster(callSign string) ([]DirectoryUser, error) {
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	attrs := []string{"uid", "cn", "mail", "title"}
	req := ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 200, 10, false, fmt.Sprintf("(&(objectClass=inetOrgPerson)(departmentNumber=%s))", ldap.EscapeFilter(strings.ToUpper(callSign))), attrs, nil) // SAFE ldap
	res, err := conn.Search(req)
	if err != nil {
		return nil, fmt.Errorf("directory: roster: %w", err)
	}
	out := make([]DirectoryUser, 0, len(res.Entries))
	for _, e := range res.Entries {
		out = append(out, DirectoryUser{
			DN:   e.DN,
			UID:  e.GetAttributeValue("uid"),
			Name: e.GetAttributeValue("cn"),
			Mail: e.GetAttributeValue("mail"),
		})
	}
	return out, nil
}
