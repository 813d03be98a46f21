package config

import (
	"os"
	"strconv"
	"time"
)

// Config holds the settings shared by the Stillriver binaries.
type Config struct {
	HTTPAddr        string
	InspectorAddr   string
	DatabaseURL     string
	RedisAddr       string
	NATSURL         string
	LDAPURL         string
	LDAPBindDN      string
	LDAPBindPass    string
	LDAPBaseDN      string
	JWTKey          []byte
	JWTIssuer       string
	DocumentRoot    string
	PhotoRoot       string
	ExportDir       string
	ArchiveDir      string
	GaugeBaseURL    string
	WebhookCAFile   string
	PublicOrigins   []string
	SessionTTL      time.Duration
	ConvertTimeout  time.Duration
	MaxUploadBytes  int64
	TemplateDir     string
	PublicSiteURL   string
	LockOperatorTZ  string
	WorkerQueueSize int
}

// Load reads the configuration from the environment.
func Load() *Config {
	return &Config{
		HTTPAddr:        env("STILLRIVER_HTTP_ADDR", ":8080"),
		InspectorAddr:   env("STILLRIVER_INSPECTOR_ADDR", ":8888"),
		DatabaseURL:     env("STILLRIVER_DATABASE_URL", "postgres://stillriver@localhost:5432/stillriver?sslmode=disable"),
		RedisAddr:       env("STILLRIVER_REDIS_ADDR", "127.0.0.1:6379"),
		NATSURL:         env("STILLRIVER_NATS_URL", "nats://127.0.0.1:4222"),
		LDAPURL:         env("STILLRIVER_LDAP_URL", "ldaps://directory.stillriver.internal:636"),
		LDAPBindDN:      env("STILLRIVER_LDAP_BIND_DN", "cn=svc-stillriver,ou=services,dc=stillriver,dc=internal"),
		LDAPBindPass:    os.Getenv("STILLRIVER_LDAP_BIND_PASSWORD"),
		LDAPBaseDN:      env("STILLRIVER_LDAP_BASE_DN", "ou=keepers,dc=stillriver,dc=internal"),
		JWTKey:          []byte(os.Getenv("STILLRIVER_JWT_KEY")), // SAFE secret
		JWTIssuer:       env("STILLRIVER_JWT_ISSUER", "stillriver-api"),
		DocumentRoot:    env("STILLRIVER_DOCUMENT_ROOT", "/var/lib/stillriver/documents"),
		PhotoRoot:       env("STILLRIVER_PHOTO_ROOT", "/var/lib/stillriver/photos"),
		ExportDir:       env("STILLRIVER_EXPORT_DIR", "/var/lib/stillriver/exports"),
		ArchiveDir:      env("STILLRIVER_ARCHIVE_DIR", "/var/lib/stillriver/archive"),
		GaugeBaseURL:    env("STILLRIVER_GAUGE_BASE_URL", "https://gauges.riverdata.gov"),
		WebhookCAFile:   env("STILLRIVER_WEBHOOK_CA_FILE", "/etc/ssl/certs/ca-certificates.crt"),
		PublicOrigins:   []string{"https://stillriver.io", "https://www.stillriver.io", "https://locks.stillriver.io"},
		SessionTTL:      durationEnv("STILLRIVER_SESSION_TTL", 8*time.Hour),
		ConvertTimeout:  durationEnv("STILLRIVER_CONVERT_TIMEOUT", 2*time.Minute),
		MaxUploadBytes:  int64(intEnv("STILLRIVER_MAX_UPLOAD_MB", 25)) << 20,
		TemplateDir:     env("STILLRIVER_TEMPLATE_DIR", "web/templates"),
		PublicSiteURL:   env("STILLRIVER_PUBLIC_SITE_URL", "https://stillriver.io"),
		LockOperatorTZ:  env("STILLRIVER_TZ", "Europe/Amsterdam"),
		WorkerQueueSize: intEnv("STILLRIVER_WORKER_CONCURRENCY", 10),
	}
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func intEnv(key string, def int) int {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def
	}
	return n
}

func durationEnv(key string, def time.Duration) time.Duration {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		return def
	}
	return d
}
