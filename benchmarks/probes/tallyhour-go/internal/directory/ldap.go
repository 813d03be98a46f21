package directory

import (
	"errors"
	"fmt"

	"github.com/go-ldap/ldap/v3"

	"github.com/tallyhour/tallyhour/internal/config"
)

var ErrNoEntry = errors.New("directory: no matching entry")

var personAttrs = []string{"uid", "cn", "mail", "departmentNumber", "title", "manager"}

type Person struct {
	UID        string `json:"uid"`
	Name       string `json:"name"`
	Email      string `json:"email"`
	Department string `json:"department"`
	Title      string `json:"title"`
	Manager    string `json:"manager"`
}

type Directory struct {
	cfg config.LDAPConfig
}

func New(cfg config.LDAPConfig) *Directory {
	return &Directory{cfg: cfg}
}

func (d *Directory) connect() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(d.cfg.URL)
	if err != nil {
		return nil, fmt.Errorf("ldap dial: %w", err)
	}
	if err := conn.Bind(d.cfg.BindDN, d.cfg.BindPassword); err != nil { // SAFE secret
		conn.Close()
		return nil, fmt.Errorf("ldap bind: %w", err)
	}
	return conn, nil
}

func (d *Directory) FindByUsername(username string) (*Person, error) {
	conn, err := d.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	req := ldap.NewSearchRequest(d.cfg.BaseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 5, 10, false, "(&(objectClass=inetOrgPerson)(uid="+username+"))", personAttrs, nil) // VULN ldap
	return d.first(conn, req)
}

func (d *Directory) FindByEmail(email string) (*Person, error) {
	conn, err := d.connect()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	req := ldap.NewSearchRequest(d.cfg.BaseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 5, 10, false, "(&(objectClass=inetOrgPerson)(mail="+ldap.EscapeFilter(email)+"))", personAttrs, nil) // SAFE ldap
	return d.first(conn, req)
}

func (d *Directory) first(conn *ldap.Conn, req *ldap.SearchRequest) (*Person, error) {
	res, err := conn.Search(req)
	if err != nil {
		return nil, err
	}
	if len(res.Entries) == 0 {
		return nil, ErrNoEntry
	}
	e := res.Entries[0]
	return &Person{
		UID:        e.GetAttributeValue("uid"),
		Name:       e.GetAttributeValue("cn"),
		Email:      e.GetAttributeValue("mail"),
		Department: e.GetAttributeValue("departmentNumber"),
		Title:      e.GetAttributeValue("title"),
		Manager:    e.GetAttributeValue("manager"),
	}, nil
}
