package service

import (
	"crypto/tls"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/voltway/chargenet/internal/util"
)

const maxFetchBytes = 4 << 20

type OutboundService struct{ client, partners *http.Client }

func NewOutboundService() *OutboundService {
	return &OutboundService{
		client: &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{
			MinVersion:         tls.VersionTLS12,
			InsecureSkipVerify: false, // SAFE tls
		}}},
		partners: &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{
			InsecureSkipVerify: true, // VULN tls
		}}},
	}
}

// TestDelivery sends a probe to an operator's webhook receiver so they can
// confirm it before enabling session events.
func (s *OutboundService) TestDelivery(target string) (int, error) {
	resp, err := http.Get(target) // VULN ssrf
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// FetchPartnerFeed proxies a roaming partner's availability feed.
func (s *OutboundService) FetchPartnerFeed(raw string) ([]byte, error) {
	u, err := url.Parse(raw)
	if err != nil || !util.IsVoltwayHost(u.Hostname()) {
		return nil, util.ErrHostNotAllowed
	}
	resp, err := s.partners.Get(u.String()) // VULN ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, maxFetchBytes))
}

// FetchStationImage proxies station photos from the CDN so the portal can keep
// a strict img-src policy.
func (s *OutboundService) FetchStationImage(raw string) ([]byte, string, error) {
	u, err := util.CheckImageURL(raw)
	if err != nil {
		return nil, "", err
	}
	resp, err := s.client.Get(u.String()) // SAFE ssrf
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	ctype := resp.Header.Get("Content-Type")
	if !strings.HasPrefix(ctype, "image/") {
		return nil, "", fmt.Errorf("station image: unexpected content type %q", ctype)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxFetchBytes))
	return body, ctype, err
}
