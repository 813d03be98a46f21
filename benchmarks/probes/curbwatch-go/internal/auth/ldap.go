package auth

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/go-ldap/ldap/v3"

	"github.com/curbwatch/curbwatch/internal/config"
	"github.com/curbwatch/curbwatch/internal/domain"
)

var ErrBadCredentials = errors.New("invalid username or password")

var (
	officerAttrs       = []string{"uid", "cn", "employeeNumber", "ou", "mail", "memberOf"}
	publicOfficerAttrs = []string{"cn", "employeeNumber", "ou"}
)

// Directory talks to the city's LDAP directory where enforcement officers live.
type Directory struct {
	cfg    config.LDAPConfig
	tlsCfg *tls.Config
}

func NewDirectory(cfg config.LDAPConfig) (*Directory, error) {
	u, err := url.Parse(cfg.URL)
	if err != nil {
		return nil, fmt.Errorf("ldap url: %w", err)
	}
	tlsCfg, err := config.DirectoryTLS(cfg, u.Hostname())
	if err != nil {
		return nil, err
	}
	return &Directory{cfg: cfg, tlsCfg: tlsCfg}, nil
}

func (d *Directory) dial() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(d.cfg.URL, ldap.DialWithTLSConfig(d.tlsCfg))
	if err != nil {
		return nil, fmt.Errorf("ldap dial: %w", err)
	}
	if err := conn.Bind(d.cfg.BindDN, d.cfg.BindPassword); err != nil {
		conn.Close()
		return nil, fmt.Errorf("ldap service bind: %w", err)
	}
	return conn, nil
}

// Authenticate verifies an officer's directory credentials.
func (d *Directory) Authenticate(username, password string) (domain.Officer, error) {
	if username == "" || password == "" {
		return domain.Officer{}, ErrBadCredentials
	}
	conn, err := d.dial()
	if err != nil {
		return domain.Officer{}, err
	}
	defer conn.Close()

	res, err := conn.Search(ldap.NewSearchRequest(d.cfg.BaseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 2, 10, false, fmt.Sprintf("(&(objectClass=curbwatchOfficer)(uid=%s))", ldap.EscapeFilter(username)), officerAttrs, nil)) // SAFE ldap
	if err != nil {
		return domain.Officer{}, fmt.Errorf("ldap search: %w", err)
	}
	if len(res.Entries) != 1 {
		return domain.Officer{}, ErrBadCredentials
	}
	entry := res.Entries[0]
	if err := conn.Bind(entry.DN, password); err != nil {
		return domain.Officer{}, ErrBadCredentials
	}
	return officerFromEntry(entry), nil
}

// LookupBadge supports the public "verify an officer" page.
func (d *Directory) LookupBadge(badge string) ([]domain.Officer, error) {
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	res, err := conn.Search(ldap.NewSearchRequest(d.cfg.BaseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 10, false, "(&(objectClass=curbwatchOfficer)(employeeNumber="+badge+"))", publicOfficerAttrs, nil)) // VULN ldap
	if err != nil {
		return nil, fmt.Errorf("ldap search: %w", err)
	}
	out := make([]domain.Officer, 0, len(res.Entries))
	for _, e := range res.Entries {
		out = append(out, domain.Officer{
			Badge: e.GetAttributeValue("employeeNumber"),
			Name:  e.GetAttributeValue("cn"),
			Unit:  e.GetAttributeValue("ou"),
		})
	}
	return out, nil
}

func officerFromEntry(e *ldap.Entry) domain.Officer {
	o := domain.Officer{
		Username: e.GetAttributeValue("uid"),
		Badge:    e.GetAttributeValue("employeeNumber"),
		Name:     e.GetAttributeValue("cn"),
		Unit:     e.GetAttributeValue("ou"),
		Email:    e.GetAttributeValue("mail"),
	}
	for _, g := range e.GetAttributeValues("memberOf") {
		dn, err := ldap.ParseDN(g)
		if err != nil || len(dn.RDNs) == 0 || len(dn.RDNs[0].Attributes) == 0 {
			continue
		}
		o.Roles = append(o.Roles, strings.ToLower(dn.RDNs[0].Attributes[0].Value))
	}
	return o
}
