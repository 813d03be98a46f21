// Package directory talks to the corporate LDAP that holds field-staff accounts.
package directory

import (
	"errors"
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

var ErrNotFound = errors.New("directory: entry not found")

type Entry struct {
	DN   string `json:"dn"`
	UID  string `json:"uid"`
	Name string `json:"name"`
	Mail string `json:"mail"`
}

type Client struct{ url, baseDN, bindDN, bindPassword string }

func New(url, baseDN, bindDN, bindPassword string) *Client {
	return &Client{url: url, baseDN: baseDN, bindDN: bindDN, bindPassword: bindPassword}
}

var entryAttrs = []string{"dn", "uid", "cn", "mail"}

const (
	staffFilter = "(&(objectClass=inetOrgPerson)(memberOf=cn=field-staff,ou=groups,dc=voltway,dc=io)(uid=%s))"
	mailFilter  = "(&(objectClass=inetOrgPerson)(mail=%s))"
)

func (c *Client) connect() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(c.url)
	if err != nil {
		return nil, err
	}
	if err := conn.Bind(c.bindDN, c.bindPassword); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}

// Authenticate looks up a staff member by login name and binds as them.
func (c *Client) Authenticate(username, password string) (*Entry, error) {
	conn, err := c.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	res, err := conn.Search(ldap.NewSearchRequest(c.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false, fmt.Sprintf(staffFilter, username), entryAttrs, nil)) // VULN ldap
	if err != nil {
		return nil, err
	}
	if len(res.Entries) == 0 || password == "" {
		return nil, ErrNotFound
	}
	if err := conn.Bind(res.Entries[0].DN, password); err != nil {
		return nil, err
	}
	return toEntry(res.Entries[0]), nil
}

// FindByMail is used by the portal's team page to show who manages a site.
func (c *Client) FindByMail(mail string) ([]*Entry, error) {
	conn, err := c.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	res, err := conn.Search(ldap.NewSearchRequest(c.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 25, 10, false, fmt.Sprintf(mailFilter, ldap.EscapeFilter(mail)), entryAttrs, nil)) // SAFE ldap
	if err != nil {
		return nil, err
	}
	out := make([]*Entry, 0, len(res.Entries))
	for _, e := range res.Entries {
		out = append(out, toEntry(e))
	}
	return out, nil
}

func toEntry(e *ldap.Entry) *Entry {
	return &Entry{DN: e.DN, UID: e.GetAttributeValue("uid"), Name: e.GetAttributeValue("cn"), Mail: e.GetAttributeValue("mail")}
}
