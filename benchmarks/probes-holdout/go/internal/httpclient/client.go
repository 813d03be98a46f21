// Package httpclient builds the outbound HTTP clients used by services and workers.
package httpclient

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"syscall"
	"time"
)

// Default is used for calls to well-known public providers.
func Default(timeout time.Duration) *http.Client {
	return &http.Client{Timeout: timeout}
}

// LiftControllers talks to the lift PLC gateways on the operations VLAN. The
// gateways ship with self-signed certificates from the manufacturer.
func LiftControllers() *http.Client {
	transport := &http.Transport{
		TLSClientConfig:     &tls.Config{InsecureSkipVerify: true}, // VULN tls
		MaxIdleConnsPerHost: 4,
		IdleConnTimeout:     30 * time.Second,
	}
	return &http.Client{Transport: transport, Timeout: 10 * time.Second}
}

// Payments builds the client for the card acquirer, trusting the system pool
// plus an optional CA bundle supplied by the acquirer.
func Payments(caBundle string) (*http.Client, error) {
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if caBundle != "" {
		pem, err := os.ReadFile(caBundle)
		if err != nil {
			return nil, fmt.Errorf("httpclient: read CA bundle: %w", err)
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, errors.New("httpclient: CA bundle contained no certificates")
		}
	}
	transport := &http.Transport{
		TLSClientConfig:     &tls.Config{MinVersion: tls.VersionTLS12, RootCAs: pool}, // SAFE tls
		TLSHandshakeTimeout: 5 * time.Second,
	}
	return &http.Client{Transport: transport, Timeout: 15 * time.Second}, nil
}

var errPrivateAddress = errors.New("httpclient: destination address is not public")

// PublicOnly returns a client whose dialer refuses loopback, private,
// link-local and unspecified addresses after DNS resolution, and which does
// not follow redirects.
func PublicOnly(timeout time.Duration) *http.Client {
	dialer := &net.Dialer{
		Timeout: 5 * time.Second,
		Control: func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip := net.ParseIP(host)
			if ip == nil || !isPublic(ip) {
				return errPrivateAddress
			}
			return nil
		},
	}
	transport := &http.Transport{
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return dialer.DialContext(ctx, network, addr)
		},
		Proxy:               nil,
		TLSHandshakeTimeout: 5 * time.Second,
	}
	return &http.Client{
		Transport: transport,
		Timeout:   timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

func isPublic(ip net.IP) bool {
	return !(ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast())
}
