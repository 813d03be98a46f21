// Package config loads Chairlift runtime configuration from the environment.
package config

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// LDAPConfig describes the staff directory connection.
type LDAPConfig struct {
	URL    string
	BaseDN string
	BindDN string
}

// MailConfig describes the outbound SMTP relay used for guest emails.
type MailConfig struct {
	Host     string
	Port     int
	From     string
	Username string
	Password string
}

// Config is the full application configuration.
type Config struct {
	PublicAddr    string
	AdminAddr     string
	PublicBaseURL string
	DatabaseURL   string
	RedisAddr     string
	RedisPassword string
	QueueName     string
	WorkerCount   int

	TemplateDir        string
	ReceiptDir         string
	ReportDir          string
	MaterialsDir       string
	TrailMapDir        string
	BulletinArchiveDir string
	ThumbnailDir       string

	JWTSigningKey     []byte
	SessionKey        []byte
	PaymentGatewayURL string
	PaymentAPIKey     string
	PaymentCABundle   string

	LDAP LDAPConfig
	Mail MailConfig

	// Webcams maps a public camera id to the internal snapshot endpoint.
	Webcams map[string]string
	// AvalancheFeedHosts lists the bulletin providers we import from.
	AvalancheFeedHosts []string
	// AdminOrigins lists the browser origins allowed to call the admin API.
	AdminOrigins []string
	// PartnerAPIKeys are the keys issued to hotel and rental partners.
	PartnerAPIKeys []string
	// SNMPCommunity is the read-only community of the lift controllers.
	SNMPCommunity string

	SnapshotTimeout time.Duration
}

// Load reads configuration from environment variables, applying defaults
// suitable for a single-mountain deployment.
func Load() (*Config, error) {
	cfg := &Config{
		PublicAddr:    getenv("CHAIRLIFT_PUBLIC_ADDR", ":8080"),
		AdminAddr:     getenv("CHAIRLIFT_ADMIN_ADDR", ":8081"),
		PublicBaseURL: getenv("CHAIRLIFT_PUBLIC_URL", "https://www.chairlift-resort.com"),
		DatabaseURL:   getenv("DATABASE_URL", "postgres://chairlift@localhost:5432/chairlift?sslmode=disable"),
		RedisAddr:     getenv("REDIS_ADDR", "localhost:6379"),
		RedisPassword: os.Getenv("REDIS_PASSWORD"),
		QueueName:     getenv("CHAIRLIFT_QUEUE", "chairlift:jobs"),
		WorkerCount:   getint("CHAIRLIFT_WORKERS", 4),

		TemplateDir:        getenv("CHAIRLIFT_TEMPLATES", "templates"),
		ReceiptDir:         getenv("CHAIRLIFT_RECEIPTS", "/var/lib/chairlift/receipts"),
		ReportDir:          getenv("CHAIRLIFT_REPORTS", "/var/lib/chairlift/reports"),
		MaterialsDir:       getenv("CHAIRLIFT_MATERIALS", "/var/lib/chairlift/materials"),
		TrailMapDir:        getenv("CHAIRLIFT_TRAILMAPS", "/var/lib/chairlift/trailmaps"),
		BulletinArchiveDir: getenv("CHAIRLIFT_BULLETIN_ARCHIVE", "/var/lib/chairlift/bulletins"),
		ThumbnailDir:       getenv("CHAIRLIFT_THUMBNAILS", "/var/lib/chairlift/thumbs"),

		JWTSigningKey:     []byte("chairlift-admin-7Hq2!rotate-me-2024"), // VULN secret
		PaymentGatewayURL: getenv("PAYMENT_GATEWAY_URL", "https://pay.alpinegateway.eu/v2"),
		PaymentCABundle:   os.Getenv("PAYMENT_CA_BUNDLE"),

		LDAP: LDAPConfig{
			URL:    getenv("LDAP_URL", "ldaps://dc1.resort.local:636"),
			BaseDN: getenv("LDAP_BASE_DN", "ou=staff,dc=resort,dc=local"),
			BindDN: getenv("LDAP_BIND_DN", "cn=svc-chairlift,ou=services,dc=resort,dc=local"),
		},
		Mail: MailConfig{
			Host:     getenv("SMTP_HOST", "smtp.resort.local"),
			Port:     getint("SMTP_PORT", 587),
			From:     getenv("SMTP_FROM", "Chairlift Guest Services <guests@chairlift-resort.com>"),
			Username: os.Getenv("SMTP_USER"),
			Password: os.Getenv("SMTP_PASSWORD"),
		},
		Webcams: map[string]string{
			"summit":    "http://10.20.4.11/cgi-bin/snapshot.cgi",
			"base":      "http://10.20.4.12/cgi-bin/snapshot.cgi",
			"halfpipe":  "http://10.20.4.17/cgi-bin/snapshot.cgi",
			"northface": "http://10.20.5.3/jpg/image.jpg",
		},
		AvalancheFeedHosts: splitList(getenv("AVALANCHE_FEED_HOSTS", "bulletins.slf.ch,api.avalanche.report")),
		AdminOrigins:       splitList(getenv("ADMIN_ORIGINS", "https://ops.chairlift-resort.com")),
		PartnerAPIKeys:     splitList(os.Getenv("PARTNER_API_KEYS")),
		SNMPCommunity:      getenv("SNMP_COMMUNITY", "public"),
		SnapshotTimeout:    5 * time.Second,
	}

	var err error
	cfg.PaymentAPIKey, err = mustEnv("PAYMENT_API_KEY") // SAFE secret
	if err != nil {
		return nil, err
	}
	sessionKey, err := mustEnv("CHAIRLIFT_SESSION_KEY")
	if err != nil {
		return nil, err
	}
	cfg.SessionKey = []byte(sessionKey)
	return cfg, nil
}

func mustEnv(key string) (string, error) {
	v := strings.TrimSpace(os.Getenv(key))
	if v == "" {
		return "", fmt.Errorf("config: %s must be set", key)
	}
	return v, nil
}

func getenv(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func getint(key string, def int) int {
	if v := os.Getenv(key); v != "" {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
