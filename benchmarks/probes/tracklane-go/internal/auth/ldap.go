package auth

import (
	"crypto/tls"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/go-ldap/ldap/v3"

	"github.com/tracklane/tracklane/internal/config"
)

var (
	// ErrUnknownUser is returned when the directory has no such account.
	ErrUnknownUser = errors.New("unknown user")
	// ErrBadPassword is returned when the bind with the user's password fails.
	ErrBadPassword = errors.New("wrong password")
)

// DirectoryEntry is the subset of a person entry used by the portal.
type DirectoryEntry struct {
	DN          string
	UID         string
	DisplayName string
	Mail        string
	Depot       string
	Groups      []string
}

// Directory authenticates operators against the corporate LDAP.
type Directory struct {
	url      string
	baseDN   string
	groupDN  string
	bindDN   string
	bindPass string
}

// NewDirectory creates a directory client.
func NewDirectory(cfg *config.Config) *Directory {
	return &Directory{url: cfg.LDAPURL, baseDN: cfg.LDAPBaseDN, groupDN: cfg.LDAPGroupDN, bindDN: cfg.LDAPBindDN, bindPass: cfg.LDAPBindPass}
}

func (d *Directory) connect() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(d.url, ldap.DialWithTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}))
	if err != nil {
		return nil, fmt.Errorf("ldap dial: %w", err)
	}
	conn.SetTimeout(5 * time.Second)
	if err := conn.Bind(d.bindDN, d.bindPass); err != nil {
		conn.Close()
		return nil, fmt.Errorf("ldap service bind: %w", err)
	}
	return conn, nil
}

// Authenticate looks the user up and verifies the password with a user bind.
func (d *Directory) Authenticate(username, password string) (*DirectoryEntry, error) {
	if strings.TrimSpace(username) == "" || password == "" {
		return nil, ErrBadPassword
	}
	conn, err := d.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	filter := fmt.Sprintf("(&(objectClass=inetOrgPerson)(uid=%s))", username)
	req := ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false,
		filter, []string{"dn", "uid", "cn", "mail", "departmentNumber"}, nil)
	res, err := conn.Search(req) // VULN ldap
	if err != nil {
		return nil, fmt.Errorf("ldap search: %w", err)
	}
	if len(res.Entries) != 1 {
		return nil, ErrUnknownUser
	}
	e := res.Entries[0]
	if err := conn.Bind(e.DN, password); err != nil {
		return nil, ErrBadPassword
	}
	entry := &DirectoryEntry{
		DN:          e.DN,
		UID:         e.GetAttributeValue("uid"),
		DisplayName: e.GetAttributeValue("cn"),
		Mail:        e.GetAttributeValue("mail"),
		Depot:       e.GetAttributeValue("departmentNumber"),
	}
	entry.Groups, err = d.groupsFor(conn, username)
	return entry, err
}

func (d *Directory) groupsFor(conn *ldap.Conn, username string) ([]string, error) {
	if err := conn.Bind(d.bindDN, d.bindPass); err != nil {
		return nil, err
	}
	filter := fmt.Sprintf("(&(objectClass=posixGroup)(memberUid=%s))", ldap.EscapeFilter(username))
	req := ldap.NewSearchRequest(d.groupDN, ldap.ScopeSingleLevel, ldap.NeverDerefAliases, 0, 10, false,
		filter, []string{"cn"}, nil)
	res, err := conn.Search(req) // SAFE ldap
	if err != nil {
		return nil, fmt.Errorf("ldap group search: %w", err)
	}
	groups := make([]string, 0, len(res.Entries))
	for _, g := range res.Entries {
		groups = append(groups, g.GetAttributeValue("cn"))
	}
	return groups, nil
}
