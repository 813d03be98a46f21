package clients

import (
	"context"
	"crypto/tls"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"

	"github.com/curbwatch/curbwatch/internal/config"
	"github.com/curbwatch/curbwatch/internal/validate"
)

// Registration is the state registry's answer for a plate.
type Registration struct {
	Plate      string `json:"plate"`
	State      string `json:"state"`
	Make       string `json:"make"`
	Model      string `json:"model"`
	Color      string `json:"color"`
	OwnerName  string `json:"owner_name"`
	Address    string `json:"address"`
	Expired    bool   `json:"expired"`
	StolenFlag bool   `json:"stolen"`
}

// DMVClient calls the state vehicle registry and its photo archive.
type DMVClient struct {
	rc          *resty.Client
	photoPrefix string
}

func NewDMVClient(cfg config.DMVConfig) *DMVClient {
	timeout := time.Duration(cfg.TimeoutSeconds) * time.Second
	if timeout <= 0 {
		timeout = 8 * time.Second
	}
	rc := resty.New().
		SetBaseURL(cfg.BaseURL).
		SetTimeout(timeout).
		SetRetryCount(2).
		SetHeader("Accept", "application/json")
	rc.SetTLSClientConfig(&tls.Config{InsecureSkipVerify: true}) // VULN tls
	return &DMVClient{rc: rc, photoPrefix: cfg.PhotoHostPrefix}
}

func (c *DMVClient) LookupRegistration(ctx context.Context, plate, state string) (*Registration, error) {
	var reg Registration
	resp, err := c.rc.R().
		SetContext(ctx).
		SetPathParams(map[string]string{"state": state, "plate": plate}).
		SetResult(&reg).
		Get("/registrations/{state}/{plate}")
	if err != nil {
		return nil, fmt.Errorf("dmv lookup: %w", err)
	}
	if resp.IsError() {
		return nil, fmt.Errorf("dmv lookup: status %d", resp.StatusCode())
	}
	return &reg, nil
}

// FetchPhoto downloads a plate photo that a handheld referenced by URL.
func (c *DMVClient) FetchPhoto(ctx context.Context, photoURL string) ([]byte, error) {
	if err := validate.HasPrefixURL(photoURL, c.photoPrefix); err != nil {
		return nil, fmt.Errorf("photo url not allowed: %w", err)
	}
	resp, err := c.rc.R().SetContext(ctx).Get(photoURL) // VULN ssrf
	if err != nil {
		return nil, fmt.Errorf("fetch photo: %w", err)
	}
	if resp.IsError() {
		return nil, fmt.Errorf("fetch photo: status %d", resp.StatusCode())
	}
	return resp.Body(), nil
}
