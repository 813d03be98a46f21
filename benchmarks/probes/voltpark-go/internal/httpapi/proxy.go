package httpapi

import (
	"log"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"time"
)

var consoleTransport = &http.Transport{
	DialContext:           (&net.Dialer{Timeout: 5 * time.Second}).DialContext,
	ResponseHeaderTimeout: 20 * time.Second,
	MaxIdleConnsPerHost:   2,
}

func proxyError(w http.ResponseWriter, r *http.Request, err error) {
	log.Printf("proxy %s: %v", r.URL.Path, err)
	writeJSON(w, http.StatusBadGateway, errorBody{"upstream unavailable"})
}

// BillingProxy forwards /billing/* to the internal billing service.
func BillingProxy(target *url.URL) http.Handler {
	proxy := httputil.NewSingleHostReverseProxy(target) // SAFE ssrf
	director := proxy.Director
	proxy.Director = func(req *http.Request) {
		director(req)
		req.Host = target.Host
		req.Header.Del("Cookie")
	}
	proxy.ErrorHandler = proxyError
	return http.StripPrefix("/billing", proxy)
}

// ConsoleProxy exposes the embedded web console of a charger (or of the site
// gateway in front of it) to operations staff.
func ConsoleProxy(host, chargerID string) http.Handler {
	target := &url.URL{Scheme: "http", Host: host, Path: "/"}
	proxy := httputil.NewSingleHostReverseProxy(target) // VULN ssrf
	proxy.Transport = consoleTransport
	proxy.ErrorHandler = proxyError
	return http.StripPrefix("/chargers/"+chargerID+"/console", proxy)
}
