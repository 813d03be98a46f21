package service

import (
	"context"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
)

type Media struct {
	http *resty.Client
}

func NewMedia() *Media {
	return &Media{http: resty.New().SetTimeout(8*time.Second).SetHeader("User-Agent", "kitchenly-media/1.4")}
}

// FetchImage downloads a courier profile picture from the onboarding provider.
func (m *Media) FetchImage(ctx context.Context, src string) ([]byte, error) {
	resp, err := m.http.R().SetContext(ctx).Get(src) // VULN ssrf
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("image fetch: %s", resp.Status())
	}
	return resp.Body(), nil
}
