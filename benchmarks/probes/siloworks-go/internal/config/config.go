// Package config loads runtime settings for every Siloworks service from the
// environment. Defaults are tuned for the single-elevator development stack.
package config

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// Config is shared by the API, partner gateway, admin console and worker.
type Config struct {
	HTTPAddr        string
	PartnerAddr     string
	AdminAddr       string
	DatabaseURL     string
	MongoURI        string
	MongoDatabase   string
	RedisAddr       string
	DataDir         string
	ExportDir       string
	PhotoDir        string
	TemplateDir     string
	ScaleHosts      []string
	MarketBaseURL   string
	CarrierBaseURL  string
	LDAPURL         string
	LDAPBaseDN      string
	LDAPBindDN      string
	LDAPBindPass    string
	SessionKey      []byte
	JWTSigningKey   []byte
	PartnerJWKSPath string
	PortalOrigins   []string
	LabelPrinters   []string
	RequestTimeout  time.Duration
	MaxUploadBytes  int64
}

// Load reads the environment once at start-up.
func Load() *Config {
	return &Config{
		HTTPAddr:        env("SILO_HTTP_ADDR", ":8080"),
		PartnerAddr:     env("SILO_PARTNER_ADDR", ":8081"),
		AdminAddr:       env("SILO_ADMIN_ADDR", "127.0.0.1:8082"),
		DatabaseURL:     env("SILO_DATABASE_URL", "postgres://silo@localhost:5432/siloworks?sslmode=disable"),
		MongoURI:        env("SILO_MONGO_URI", "mongodb://localhost:27017"),
		MongoDatabase:   env("SILO_MONGO_DB", "siloworks"),
		RedisAddr:       env("SILO_REDIS_ADDR", "localhost:6379"),
		DataDir:         env("SILO_DATA_DIR", "/var/lib/siloworks"),
		ExportDir:       env("SILO_EXPORT_DIR", "/var/lib/siloworks/exports"),
		PhotoDir:        env("SILO_PHOTO_DIR", "/var/lib/siloworks/photos"),
		TemplateDir:     env("SILO_TEMPLATE_DIR", "templates"),
		ScaleHosts:      list("SILO_SCALE_HOSTS", "scale-north.silo.local,scale-south.silo.local"),
		MarketBaseURL:   env("SILO_MARKET_URL", "https://api.grainmarkets.com"),
		CarrierBaseURL:  env("SILO_CARRIER_URL", "https://edi.bnsf-partner.example.com"),
		LDAPURL:         env("SILO_LDAP_URL", "ldaps://ldap.siloworks.local:636"),
		LDAPBaseDN:      env("SILO_LDAP_BASE", "ou=staff,dc=siloworks,dc=local"),
		LDAPBindDN:      env("SILO_LDAP_BIND_DN", "cn=svc-admin,ou=service,dc=siloworks,dc=local"),
		LDAPBindPass:    os.Getenv("SILO_LDAP_BIND_PASSWORD"),
		SessionKey:      []byte(os.Getenv("SILO_SESSION_KEY")),
		JWTSigningKey:   []byte(os.Getenv("SILO_JWT_KEY")),
		PartnerJWKSPath: env("SILO_PARTNER_KEYS", "/etc/siloworks/partner_keys"),
		PortalOrigins:   list("SILO_PORTAL_ORIGINS", "https://portal.siloworks.com,https://www.siloworks.com"),
		LabelPrinters:   list("SILO_LABEL_PRINTERS", "scalehouse-zebra,office-laser,dock-zebra"),
		RequestTimeout:  duration("SILO_HTTP_TIMEOUT", 15*time.Second),
		MaxUploadBytes:  int64(intEnv("SILO_MAX_UPLOAD", 32<<20)),
	}
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func list(key, def string) []string {
	raw := env(key, def)
	var out []string
	for _, p := range strings.Split(raw, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func intEnv(key string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(key)); err == nil {
		return v
	}
	return def
}

func duration(key string, def time.Duration) time.Duration {
	if v, err := time.ParseDuration(os.Getenv(key)); err == nil {
		return v
	}
	return def
}
