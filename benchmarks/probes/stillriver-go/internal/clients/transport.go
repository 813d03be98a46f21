package clients

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"
)

const userAgent = "Stillriver/2.4 (+https://stillriver.io/bot)"

// headerTransport decorates outgoing requests with common headers.
type headerTransport struct {
	base    http.RoundTripper
	headers map[string]string
}

// RoundTrip implements http.RoundTripper.
func (t *headerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	clone := req.Clone(req.Context())
	clone.Header.Set("User-Agent", userAgent)
	for k, v := range t.headers {
		if clone.Header.Get(k) == "" {
			clone.Header.Set(k, v)
		}
	}
	return t.base.RoundTrip(clone)
}

func baseDialer() *net.Dialer {
	return &net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}
}

// NewWebhookTransport returns a transport trusting the configured CA bundle.
func NewWebhookTransport(caFile string) (http.RoundTripper, error) {
	pemBytes, err := os.ReadFile(caFile)
	if err != nil {
		return nil, fmt.Errorf("read CA bundle: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pemBytes) {
		return nil, fmt.Errorf("no certificates in %s", caFile)
	}
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12, RootCAs: pool} // SAFE tls
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           baseDialer().DialContext,
		TLSClientConfig:       tlsCfg,
		TLSHandshakeTimeout:   5 * time.Second,
		ResponseHeaderTimeout: 10 * time.Second,
		MaxIdleConnsPerHost:   4,
	}
	return &headerTransport{base: tr, headers: map[string]string{"Content-Type": "application/json"}}, nil
}

// NewRegistryTransport returns the transport used for the national vessel
// registries. Several of them still run on appliances with certificates
// issued by their ministry's private CA.
func NewRegistryTransport() http.RoundTripper {
	tr := &http.Transport{
		Proxy:       http.ProxyFromEnvironment,
		DialContext: baseDialer().DialContext,
		TLSClientConfig: &tls.Config{
			MinVersion:         tls.VersionTLS12,
			InsecureSkipVerify: true, // VULN tls
		},
		TLSHandshakeTimeout: 8 * time.Second,
		IdleConnTimeout:     60 * time.Second,
	}
	return &headerTransport{base: tr, headers: map[string]string{"Accept": "application/json"}}
}

// NewDefaultTransport returns a transport with system roots.
func NewDefaultTransport() http.RoundTripper {
	tr := &http.Transport{
		Proxy:               http.ProxyFromEnvironment,
		DialContext:         baseDialer().DialContext,
		TLSHandshakeTimeout: 5 * time.Second,
		MaxIdleConns:        32,
	}
	return &headerTransport{base: tr}
}
