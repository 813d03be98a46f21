package client

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net/url"
	"os"
	"time"

	"github.com/go-resty/resty/v2"
)

// SchemeClient talks to the national ringing scheme's submission API.
type SchemeClient struct {
	base string
	http *resty.Client
}

type SchemeSubmission struct {
	RingNumber string    `json:"ring"`
	Species    string    `json:"species_code"`
	Age        string    `json:"age"`
	Sex        string    `json:"sex"`
	Site       string    `json:"site"`
	CapturedAt time.Time `json:"date"`
	WingMM     float64   `json:"wing"`
	MassG      float64   `json:"mass"`
}

type SchemeReceipt struct {
	Reference string `json:"reference"`
	Status    string `json:"status"`
}

type SchemeEncounter struct {
	RingNumber string    `json:"ring"`
	Place      string    `json:"place"`
	Date       time.Time `json:"date"`
	Finder     string    `json:"finder"`
}

func NewSchemeClient(base, caFile string) *SchemeClient {
	pool, _ := x509.SystemCertPool()
	if pool == nil {
		pool = x509.NewCertPool()
	}
	if pem, err := os.ReadFile(caFile); err == nil {
		pool.AppendCertsFromPEM(pem)
	}
	c := resty.New().
		SetTimeout(15*time.Second).
		SetRetryCount(2).
		SetHeader("User-Agent", "saltmarsh-survey/1.4")
	c.SetTLSClientConfig(&tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}) // SAFE tls
	c.SetAuthToken(os.Getenv("SCHEME_API_TOKEN"))
	return &SchemeClient{base: base, http: c}
}

// Submit sends a capture to the scheme and returns its reference.
func (c *SchemeClient) Submit(ctx context.Context, s SchemeSubmission) (*SchemeReceipt, error) {
	var out SchemeReceipt
	resp, err := c.http.R().SetContext(ctx).SetBody(s).SetResult(&out).Post(c.base + "/submissions")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("scheme rejected submission: %s", resp.Status())
	}
	return &out, nil
}

// Encounters returns recoveries of a ring reported by the public.
func (c *SchemeClient) Encounters(ctx context.Context, ringNumber string) ([]SchemeEncounter, error) {
	var out []SchemeEncounter
	_, err := c.http.R().SetContext(ctx).SetResult(&out).Get(c.base + "/rings/" + url.PathEscape(ringNumber) + "/encounters") // SAFE ssrf
	return out, err
}

// FetchImage downloads a capture photo the ringer linked from their camera
// app's share page so it can be archived with the record.
func FetchImage(ctx context.Context, src string) ([]byte, string, error) {
	resp, err := resty.New().SetTimeout(20 * time.Second).R().SetContext(ctx).Get(src) // VULN ssrf
	if err != nil {
		return nil, "", err
	}
	if resp.IsError() {
		return nil, "", fmt.Errorf("image fetch: %s", resp.Status())
	}
	return resp.Body(), resp.Header().Get("Content-Type"), nil
}
