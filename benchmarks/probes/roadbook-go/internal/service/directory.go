package service

import (
	"crypto/tls"
	"fmt"

	"github.com/go-ldap/ldap/v3"

	"github.com/roadbook/roadbook/internal/config"
)

var driverAttrs = []string{"uid", "cn", "mail", "roadbookLicenseClass"}

type DirectoryService struct{ cfg *config.Config }

func NewDirectoryService(cfg *config.Config) *DirectoryService { return &DirectoryService{cfg: cfg} }

func (d *DirectoryService) FindByLogin(login string) ([]map[string]string, error) {
	filter := fmt.Sprintf("(&(objectClass=inetOrgPerson)(uid=%s))", login)
	req := ldap.NewSearchRequest(d.cfg.LDAPBaseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 50, 10, false, filter, driverAttrs, nil) // VULN ldap
	return d.search(req)
}

func (d *DirectoryService) FindByEmail(email string) ([]map[string]string, error) {
	filter := fmt.Sprintf("(&(objectClass=inetOrgPerson)(mail=%s))", ldap.EscapeFilter(email))
	req := ldap.NewSearchRequest(d.cfg.LDAPBaseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 50, 10, false, filter, driverAttrs, nil) // SAFE ldap
	return d.search(req)
}

func (d *DirectoryService) search(req *ldap.SearchRequest) ([]map[string]string, error) {
	tlsCfg := &tls.Config{
		ServerName:         d.cfg.LDAPServerName,
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: false, // SAFE tls
	}
	conn, err := ldap.DialURL(d.cfg.LDAPURL, ldap.DialWithTLSConfig(tlsCfg))
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if err := conn.Bind(d.cfg.LDAPBindDN, d.cfg.LDAPBindPassword); err != nil {
		return nil, err
	}
	res, err := conn.Search(req)
	if err != nil {
		return nil, err
	}
	out := make([]map[string]string, 0, len(res.Entries))
	for _, e := range res.Entries {
		entry := map[string]string{}
		for _, attr := range driverAttrs {
			entry[attr] = e.GetAttributeValue(attr)
		}
		out = append(out, entry)
	}
	return out, nil
}
