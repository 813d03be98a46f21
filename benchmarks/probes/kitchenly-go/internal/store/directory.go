package store

import (
	"errors"
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

var ErrNotInDirectory = errors.New("courier not found in directory")

type DirectoryEntry struct {
	DN             string `json:"dn"`
	Name           string `json:"name"`
	Email          string `json:"email"`
	EmployeeNumber string `json:"employee_number"`
	Depot          string `json:"depot"`
}

var directoryAttrs = []string{"cn", "mail", "employeeNumber", "physicalDeliveryOfficeName"}

// Directory looks couriers up in the corporate LDAP used for depot access badges.
type Directory struct {
	url, baseDN, bindDN, bindPassword string
}

func NewDirectory(url, baseDN, bindDN, bindPassword string) *Directory {
	return &Directory{url: url, baseDN: baseDN, bindDN: bindDN, bindPassword: bindPassword}
}

func (d *Directory) connect() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(d.url)
	if err != nil {
		return nil, err
	}
	if err := conn.Bind(d.bindDN, d.bindPassword); err != nil { // SAFE secret
		conn.Close()
		return nil, err
	}
	return conn, nil
}

func (d *Directory) CourierByEmail(email string) (*DirectoryEntry, error) {
	conn, err := d.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	res, err := conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 10, false, fmt.Sprintf("(&(objectClass=kitchenlyCourier)(mail=%s))", email), directoryAttrs, nil)) // VULN ldap
	return firstEntry(res, err)
}

func (d *Directory) CourierByEmployeeNumber(number string) (*DirectoryEntry, error) {
	conn, err := d.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	res, err := conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 10, false, fmt.Sprintf("(&(objectClass=kitchenlyCourier)(employeeNumber=%s))", ldap.EscapeFilter(number)), directoryAttrs, nil)) // SAFE ldap
	return firstEntry(res, err)
}

func firstEntry(res *ldap.SearchResult, err error) (*DirectoryEntry, error) {
	if err != nil {
		return nil, err
	}
	if len(res.Entries) == 0 {
		return nil, ErrNotInDirectory
	}
	e := res.Entries[0]
	return &DirectoryEntry{
		DN:             e.DN,
		Name:           e.GetAttributeValue("cn"),
		Email:          e.GetAttributeValue("mail"),
		EmployeeNumber: e.GetAttributeValue("employeeNumber"),
		Depot:          e.GetAttributeValue("physicalDeliveryOfficeName"),
	}, nil
}
