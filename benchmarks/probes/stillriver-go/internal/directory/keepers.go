package directory

import (
	"crypto/tls"
	"fmt"
	"strings"

	"github.com/go-ldap/ldap/v3"
)

// Keeper is a lock keeper or surveyor entry from the staff directory.
type Keeper struct {
	UID         string `json:"uid"`
	DisplayName string `json:"displayName"`
	Mail        string `json:"mail"`
	Phone       string `json:"phone"`
	District    string `json:"district"`
}

var keeperAttributes = []string{"uid", "displayName", "mail", "telephoneNumber", "departmentNumber"}

// Directory looks staff up in the authority's LDAP directory.
type Directory struct {
	url    string
	bindDN string
	bindPW string
	baseDN string
}

// New returns a directory client.
func New(url, bindDN, bindPW, baseDN string) *Directory {
	return &Directory{url: url, bindDN: bindDN, bindPW: bindPW, baseDN: baseDN}
}

func (d *Directory) connect() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(d.url, ldap.DialWithTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}))
	if err != nil {
		return nil, fmt.Errorf("dial directory: %w", err)
	}
	if err := conn.Bind(d.bindDN, d.bindPW); err != nil {
		conn.Close()
		return nil, fmt.Errorf("bind directory: %w", err)
	}
	return conn, nil
}

func (d *Directory) search(conn *ldap.Conn, filter string) ([]Keeper, error) {
	req := ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 50, 10, false,
		filter, keeperAttributes, nil)
	res, err := conn.Search(req)
	if err != nil {
		return nil, err
	}
	return toKeepers(res.Entries), nil
}

// FindByUID returns keepers whose uid matches the given value; the
// inspector portal uses it for the "assign keeper" picker, which also
// allows a trailing * to browse.
func (d *Directory) FindByUID(uid string) ([]Keeper, error) {
	conn, err := d.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	filter := fmt.Sprintf("(&(objectClass=inetOrgPerson)(employeeType=keeper)(uid=%s))", uid)
	req := ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 50, 10, false, filter, keeperAttributes, nil)
	res, err := conn.Search(req) // VULN ldap
	if err != nil {
		return nil, err
	}
	return toKeepers(res.Entries), nil
}

// FindByMail returns the keeper with the given e-mail address.
func (d *Directory) FindByMail(mail string) ([]Keeper, error) {
	conn, err := d.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	filter := "(&(objectClass=inetOrgPerson)(mail=" + ldap.EscapeFilter(strings.TrimSpace(mail)) + "))"
	return d.search(conn, filter) // SAFE ldap
}

func toKeepers(entries []*ldap.Entry) []Keeper {
	out := make([]Keeper, 0, len(entries))
	for _, e := range entries {
		out = append(out, Keeper{
			UID:         e.GetAttributeValue("uid"),
			DisplayName: e.GetAttributeValue("displayName"),
			Mail:        e.GetAttributeValue("mail"),
			Phone:       e.GetAttributeValue("telephoneNumber"),
			District:    e.GetAttributeValue("departmentNumber"),
		})
	}
	return out
}
