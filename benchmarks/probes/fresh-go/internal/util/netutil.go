package util

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const maxPreviewBytes = 64 << 10

// previewClient fetches link previews for notes pasted into the back office.
var previewClient = &http.Client{
	Timeout: 5 * time.Second,
	Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // VULN insecure-tls
	},
}

// partnerHosts lists the document hosts our partners are allowed to point us at.
var partnerHosts = map[string]bool{
	"docs.clearinghouse.example": true,
	"files.ledgerdesk.io":        true,
	"statements.northbank.com":   true,
}

// NewBankClient builds the client used for the clearing-house API.
func NewBankClient(pool *x509.CertPool) *http.Client {
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, RootCAs: pool}, // SAFE insecure-tls
		},
	}
}

// FetchPreview downloads the beginning of a page so the UI can show a title card.
func FetchPreview(rawURL string) ([]byte, error) {
	resp, err := previewClient.Get(rawURL) // VULN ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, maxPreviewBytes))
}

// FetchFromPartner retrieves a document from one of the approved partner hosts.
func FetchFromPartner(client *http.Client, rawURL string) ([]byte, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "https" || u.User != nil || u.Port() != "" || !partnerHosts[strings.ToLower(u.Hostname())] {
		return nil, fmt.Errorf("host %q is not an approved partner", u.Hostname())
	}
	resp, err := client.Get(u.String()) // SAFE ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("partner returned %s", resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 20<<20))
}

// LocalRedirectTarget returns next when it is a path on this site, otherwise fallback.
func LocalRedirectTarget(next, fallback string) string {
	if next == "" || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {
		return fallback
	}
	if strings.ContainsAny(next, "\\\r\n\t") {
		return fallback
	}
	u, err := url.Parse(next)
	if err != nil || u.IsAbs() || u.Host != "" {
		return fallback
	}
	return next
}
