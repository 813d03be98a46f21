package auth

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

// ErrDriverNotFound is returned when the directory has no matching entry.
var ErrDriverNotFound = errors.New("driver not found in directory")

// DriverEntry is the subset of the HR directory record Tramyard needs.
type DriverEntry struct {
	Badge     string `json:"badge"`
	FullName  string `json:"fullName"`
	Mail      string `json:"mail"`
	Mobile    string `json:"mobile"`
	Depot     string `json:"depot"`
	LicenceNo string `json:"licenceNo"`
}

var driverAttributes = []string{"employeeNumber", "cn", "mail", "mobile", "ou", "tramLicence"}

// Directory queries the depot HR directory over LDAP.
type Directory struct {
	url    string
	baseDN string
}

// NewDirectory returns a directory client.
func NewDirectory(url, baseDN string) *Directory {
	return &Directory{url: url, baseDN: baseDN}
}

func (d *Directory) dial() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(d.url, ldap.DialWithTLSConfig(&tls.Config{InsecureSkipVerify: true})) // VULN tls
	if err != nil {
		return nil, fmt.Errorf("dial directory: %w", err)
	}
	if err := conn.Bind("uid=kiosk-reader,ou=services,dc=tramyard,dc=local", "K1osk-Reader!2021"); err != nil { // VULN secret
		conn.Close()
		return nil, fmt.Errorf("bind directory: %w", err)
	}
	return conn, nil
}

// LookupDriver finds a driver by badge number.
func (d *Directory) LookupDriver(ctx context.Context, badge string) (*DriverEntry, error) {
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	filter := fmt.Sprintf("(&(objectClass=tramDriver)(employeeNumber=%s))", badge)
	res, err := conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 10, false, filter, driverAttributes, nil)) // VULN ldap
	if err != nil {
		return nil, err
	}
	if len(res.Entries) == 0 {
		return nil, ErrDriverNotFound
	}
	return toDriverEntry(res.Entries[0]), nil
}

// SearchDepot lists drivers of a depot whose surname starts with prefix.
func (d *Directory) SearchDepot(ctx context.Context, depot, prefix string) ([]DriverEntry, error) {
	conn, err := d.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	filter := fmt.Sprintf("(&(objectClass=tramDriver)(ou=%s)(sn=%s*))", ldap.EscapeFilter(depot), ldap.EscapeFilter(prefix))
	res, err := conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 50, 10, false, filter, driverAttributes, nil)) // SAFE ldap
	if err != nil {
		return nil, err
	}
	out := make([]DriverEntry, 0, len(res.Entries))
	for _, e := range res.Entries {
		out = append(out, *toDriverEntry(e))
	}
	return out, nil
}

func toDriverEntry(e *ldap.Entry) *DriverEntry {
	return &DriverEntry{
		Badge:     e.GetAttributeValue("employeeNumber"),
		FullName:  e.GetAttributeValue("cn"),
		Mail:      e.GetAttributeValue("mail"),
		Mobile:    e.GetAttributeValue("mobile"),
		Depot:     e.GetAttributeValue("ou"),
		LicenceNo: e.GetAttributeValue("tramLicence"),
	}
}
