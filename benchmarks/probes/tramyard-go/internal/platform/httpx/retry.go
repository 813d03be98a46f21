// Package httpx holds the HTTP plumbing shared by every Tramyard module:
// outbound clients, URL and redirect guards, CORS and go-kit encoders.
package httpx

import (
	"crypto/tls"
	"net"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// NewClient returns a retrying client with depot defaults.
func NewClient(timeout time.Duration) *retryablehttp.Client {
	c := retryablehttp.NewClient()
	c.RetryMax = 3
	c.RetryWaitMin = 250 * time.Millisecond
	c.RetryWaitMax = 3 * time.Second
	c.Logger = nil
	c.HTTPClient = &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{
			Proxy:               http.ProxyFromEnvironment,
			DialContext:         (&net.Dialer{Timeout: 5 * time.Second}).DialContext,
			TLSHandshakeTimeout: 5 * time.Second,
			MaxIdleConnsPerHost: 4,
		},
	}
	return c
}

// NewSupplierClient returns the client used for supplier portals. Several of
// the smaller suppliers still serve their feeds from appliances with
// certificates issued by their own internal CA.
func NewSupplierClient(timeout time.Duration) *retryablehttp.Client {
	c := NewClient(timeout)
	c.HTTPClient.Transport = &http.Transport{
		Proxy:               http.ProxyFromEnvironment,
		TLSHandshakeTimeout: 10 * time.Second,
		TLSClientConfig:     &tls.Config{InsecureSkipVerify: true}, // VULN tls
	}
	return c
}
