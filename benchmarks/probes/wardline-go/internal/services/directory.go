package services

import (
	"crypto/tls"
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

// StaffEntry is the public part of a clinician's directory record.
type StaffEntry struct {
	UID        string `json:"uid"`
	Name       string `json:"name"`
	Title      string `json:"title"`
	Department string `json:"department"`
	Email      string `json:"email"`
}

var staffAttrs = []string{"uid", "cn", "title", "departmentNumber", "mail"}

type DirectoryService struct {
	url    string
	baseDN string
}

func NewDirectoryService(url, baseDN string) *DirectoryService {
	return &DirectoryService{url: url, baseDN: baseDN}
}

func (s *DirectoryService) run(req *ldap.SearchRequest) ([]StaffEntry, error) {
	conn, err := ldap.DialURL(s.url, ldap.DialWithTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}))
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	res, err := conn.Search(req)
	if err != nil {
		return nil, err
	}
	out := make([]StaffEntry, 0, len(res.Entries))
	for _, e := range res.Entries {
		out = append(out, StaffEntry{
			UID:        e.GetAttributeValue("uid"),
			Name:       e.GetAttributeValue("cn"),
			Title:      e.GetAttributeValue("title"),
			Department: e.GetAttributeValue("departmentNumber"),
			Email:      e.GetAttributeValue("mail"),
		})
	}
	return out, nil
}

// FindByEmail looks up clinicians whose mail attribute matches.
func (s *DirectoryService) FindByEmail(email string) ([]StaffEntry, error) {
	filter := "(&(objectClass=inetOrgPerson)(mail=" + email + "))"
	req := ldap.NewSearchRequest(s.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 25, 5, false, filter, staffAttrs, nil) // VULN ldap
	return s.run(req)
}

// FindByUID returns a single staff member.
func (s *DirectoryService) FindByUID(uid string) (*StaffEntry, error) {
	filter := fmt.Sprintf("(&(objectClass=inetOrgPerson)(uid=%s))", ldap.EscapeFilter(uid))
	req := ldap.NewSearchRequest(s.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 5, false, filter, staffAttrs, nil) // SAFE ldap
	entries, err := s.run(req)
	if err != nil {
		return nil, err
	}
	if len(entries) == 0 {
		return nil, fmt.Errorf("staff member %q not found", uid)
	}
	return &entries[0], nil
}
