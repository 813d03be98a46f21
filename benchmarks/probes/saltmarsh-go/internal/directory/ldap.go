package directory

import (
	"crypto/tls"
	"fmt"

	"github.com/go-ldap/ldap/v3"

	"github.com/saltmarsh/survey/internal/config"
)

// Entry is a volunteer as held in the group's LDAP directory.
type Entry struct {
	DN       string
	Name     string
	Mail     string
	RingerID string
	Permit   string
}

var attrs = []string{"cn", "mail", "ringerID", "permitClass"}

// Directory wraps lookups against the volunteer directory.
type Directory struct {
	url    string
	baseDN string
	bindDN string
}

func New(url, baseDN string) *Directory {
	return &Directory{url: url, baseDN: baseDN, bindDN: "cn=portal,ou=services,dc=saltmarsh,dc=org"}
}

func (d *Directory) conn() (*ldap.Conn, error) {
	l, err := ldap.DialURL(d.url, ldap.DialWithTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}))
	if err != nil {
		return nil, err
	}
	if err := l.Bind(d.bindDN, config.DirectoryBindPassword()); err != nil {
		l.Close()
		return nil, err
	}
	return l, nil
}

func toEntries(res *ldap.SearchResult) []Entry {
	out := make([]Entry, 0, len(res.Entries))
	for _, e := range res.Entries {
		out = append(out, Entry{
			DN:       e.DN,
			Name:     e.GetAttributeValue("cn"),
			Mail:     e.GetAttributeValue("mail"),
			RingerID: e.GetAttributeValue("ringerID"),
			Permit:   e.GetAttributeValue("permitClass"),
		})
	}
	return out
}

// SearchByName finds volunteers whose common name starts with the term
// (used by the portal's volunteer picker).
func (d *Directory) SearchByName(term string) ([]Entry, error) {
	l, err := d.conn()
	if err != nil {
		return nil, err
	}
	defer l.Close()
	filter := fmt.Sprintf("(&(objectClass=saltmarshVolunteer)(cn=%s*))", term)
	req := ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 50, 10, false, filter, attrs, nil)
	res, err := l.Search(req) // VULN ldap
	if err != nil {
		return nil, err
	}
	return toEntries(res), nil
}

// ByRingerID finds the directory entry for a permit holder's ringer id.
func (d *Directory) ByRingerID(ringerID string) (*Entry, error) {
	l, err := d.conn()
	if err != nil {
		return nil, err
	}
	defer l.Close()
	filter := "(&(objectClass=saltmarshVolunteer)(ringerID=" + ldap.EscapeFilter(ringerID) + "))"
	res, err := l.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 10, false, filter, attrs, nil)) // SAFE ldap
	if err != nil {
		return nil, err
	}
	entries := toEntries(res)
	if len(entries) == 0 {
		return nil, fmt.Errorf("no directory entry for ringer %s", ringerID)
	}
	return &entries[0], nil
}
