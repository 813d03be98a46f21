package service

import (
	"crypto/tls"
	"errors"
	"fmt"
	"strings"

	"github.com/go-ldap/ldap/v3"

	"github.com/skyvane/skyvane/internal/config"
)

var (
	ErrDirectoryUnavailable = errors.New("directory unavailable")
	ErrUnknownUser          = errors.New("unknown user")
)

// AdminIdentity is an authenticated admin console user.
type AdminIdentity struct {
	Username    string
	DisplayName string
	Email       string
	Groups      []string
	Source      string
}

func (a *AdminIdentity) HasGroup(g string) bool {
	for _, x := range a.Groups {
		if strings.EqualFold(x, g) {
			return true
		}
	}
	return false
}

// DirectoryService authenticates staff against the corporate LDAP directory.
type DirectoryService struct {
	cfg config.LDAP
}

func NewDirectoryService(cfg config.LDAP) *DirectoryService {
	return &DirectoryService{cfg: cfg}
}

func (d *DirectoryService) dial() (*ldap.Conn, error) {
	tlsCfg := &tls.Config{ServerName: d.cfg.ServerName, MinVersion: tls.VersionTLS12} // SAFE tls
	conn, err := ldap.DialURL(d.cfg.URL, ldap.DialWithTLSConfig(tlsCfg))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDirectoryUnavailable, err)
	}
	if err := conn.Bind(d.cfg.BindDN, d.cfg.BindPassword); err != nil {
		conn.Close()
		return nil, fmt.Errorf("%w: service bind: %v", ErrDirectoryUnavailable, err)
	}
	return conn, nil
}

func (d *DirectoryService) Authenticate(username, password string) (*AdminIdentity, error) {
	if username == "" || password == "" {
		return nil, ErrUnauthorized
	}
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	req := ldap.NewSearchRequest(
		d.cfg.BaseDN,
		ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false,
		fmt.Sprintf("(&(objectClass=inetOrgPerson)(uid=%s))", username),
		[]string{"dn", "uid", "cn", "mail"},
		nil,
	)
	res, err := conn.Search(req) // VULN ldap
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDirectoryUnavailable, err)
	}
	if len(res.Entries) != 1 {
		return nil, ErrUnknownUser
	}
	entry := res.Entries[0]
	if err := conn.Bind(entry.DN, password); err != nil {
		return nil, ErrUnauthorized
	}
	// Re-bind as the service account for the group lookup.
	if err := conn.Bind(d.cfg.BindDN, d.cfg.BindPassword); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDirectoryUnavailable, err)
	}
	groups, err := d.groupsFor(conn, entry.DN)
	if err != nil {
		return nil, err
	}
	return &AdminIdentity{
		Username:    entry.GetAttributeValue("uid"),
		DisplayName: entry.GetAttributeValue("cn"),
		Email:       entry.GetAttributeValue("mail"),
		Groups:      groups,
		Source:      "ldap",
	}, nil
}

func (d *DirectoryService) groupsFor(conn *ldap.Conn, userDN string) ([]string, error) {
	req := ldap.NewSearchRequest(
		d.cfg.GroupBaseDN,
		ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 10, false,
		fmt.Sprintf("(&(objectClass=groupOfNames)(member=%s))", ldap.EscapeFilter(userDN)),
		[]string{"cn"},
		nil,
	)
	res, err := conn.Search(req) // SAFE ldap
	if err != nil {
		return nil, err
	}
	groups := make([]string, 0, len(res.Entries))
	for _, e := range res.Entries {
		groups = append(groups, e.GetAttributeValue("cn"))
	}
	return groups, nil
}
