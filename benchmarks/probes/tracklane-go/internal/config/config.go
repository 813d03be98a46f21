// Package config loads Tracklane runtime settings from the environment.
package config

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// Config is shared by the portal, the public API and the worker binaries.
type Config struct {
	Env        string
	BrandName  string
	SupportURL string

	PortalAddr string
	APIAddr    string

	DatabaseURL   string
	RedisAddr     string
	RedisPassword string

	KafkaBrokers []string
	KafkaGroup   string

	JWTSigningKey  []byte
	JWTIssuer      string
	PartnerSecret  []byte
	AccessTokenTTL time.Duration
	RefreshTTL     time.Duration

	LDAPURL      string
	LDAPBaseDN   string
	LDAPGroupDN  string
	LDAPBindDN   string
	LDAPBindPass string

	DocumentRoot string
	ManualsRoot  string
	PhotoRoot    string
	ReportOutDir string
	ArchiveDir   string
	ExportDir    string
	UploadDir    string

	TelematicsFeedHosts  []string
	TelematicsAPIBase    string
	DepotGatewayURL      string
	DepotGatewayUser     string
	DepotGatewayPassword string
	DepotCAFile          string
	ETAServiceURL        string

	PublicOrigins []string
	SMTPRelay     string
	MailFrom      string
}

// Load reads the configuration once at start-up.
func Load() *Config {
	return &Config{
		Env:        getenv("TRACKLANE_ENV", "production"),
		BrandName:  getenv("TRACKLANE_BRAND", "Tracklane Rail Freight"),
		SupportURL: getenv("TRACKLANE_SUPPORT_URL", "https://support.tracklane.io"),

		PortalAddr: getenv("PORTAL_ADDR", ":8081"),
		APIAddr:    getenv("API_ADDR", ":8080"),

		DatabaseURL:   getenv("DATABASE_URL", "postgres://tracklane@localhost:5432/tracklane?sslmode=disable"),
		RedisAddr:     getenv("REDIS_ADDR", "localhost:6379"),
		RedisPassword: os.Getenv("REDIS_PASSWORD"),

		KafkaBrokers: splitList(getenv("KAFKA_BROKERS", "localhost:9092")),
		KafkaGroup:   getenv("KAFKA_GROUP", "tracklane-worker"),

		JWTSigningKey:  []byte(os.Getenv("JWT_SIGNING_KEY")),
		JWTIssuer:      getenv("JWT_ISSUER", "tracklane"),
		PartnerSecret:  []byte(os.Getenv("PARTNER_TOKEN_SECRET")),
		AccessTokenTTL: getDuration("ACCESS_TOKEN_TTL", 15*time.Minute),
		RefreshTTL:     getDuration("REFRESH_TOKEN_TTL", 72*time.Hour),

		LDAPURL:      getenv("LDAP_URL", "ldaps://ldap.tracklane.internal:636"),
		LDAPBaseDN:   getenv("LDAP_BASE_DN", "ou=people,dc=tracklane,dc=io"),
		LDAPGroupDN:  getenv("LDAP_GROUP_DN", "ou=groups,dc=tracklane,dc=io"),
		LDAPBindDN:   getenv("LDAP_BIND_DN", "cn=portal,ou=services,dc=tracklane,dc=io"),
		LDAPBindPass: os.Getenv("LDAP_BIND_PASSWORD"),

		DocumentRoot: getenv("DOCUMENT_ROOT", "/var/lib/tracklane/documents"),
		ManualsRoot:  getenv("MANUALS_ROOT", "/var/lib/tracklane/manuals"),
		PhotoRoot:    getenv("PHOTO_ROOT", "/var/lib/tracklane/photos"),
		ReportOutDir: getenv("REPORT_OUT_DIR", "/var/lib/tracklane/reports"),
		ArchiveDir:   getenv("ARCHIVE_DIR", "/var/lib/tracklane/archives"),
		ExportDir:    getenv("EXPORT_DIR", "/var/lib/tracklane/exports"),
		UploadDir:    getenv("UPLOAD_DIR", "/var/lib/tracklane/uploads"),

		TelematicsFeedHosts:  splitList(getenv("TELEMATICS_FEED_HOSTS", "feeds.railtelematics.eu,gps.wagontrack.de")),
		TelematicsAPIBase:    getenv("TELEMATICS_API_BASE", "https://api.railtelematics.eu/v2"),
		DepotGatewayURL:      getenv("DEPOT_GATEWAY_URL", "https://depots.tracklane.internal"),
		DepotGatewayUser:     os.Getenv("DEPOT_GATEWAY_USER"),
		DepotGatewayPassword: os.Getenv("DEPOT_GATEWAY_PASSWORD"),
		DepotCAFile:          getenv("DEPOT_CA_FILE", "/etc/tracklane/depot-ca.pem"),
		ETAServiceURL:        getenv("ETA_SERVICE_URL", "http://eta.tracklane.internal:9000"),

		PublicOrigins: splitList(getenv("PUBLIC_ORIGINS", "https://track.tracklane.io,https://www.tracklane.io")),
		SMTPRelay:     getenv("SMTP_RELAY", "smtp.tracklane.internal:25"),
		MailFrom:      getenv("MAIL_FROM", "noreply@tracklane.io"),
	}
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func getDuration(key string, def time.Duration) time.Duration {
	raw := os.Getenv(key)
	if raw == "" {
		return def
	}
	if d, err := time.ParseDuration(raw); err == nil {
		return d
	}
	if secs, err := strconv.Atoi(raw); err == nil {
		return time.Duration(secs) * time.Second
	}
	return def
}

func splitList(raw string) []string {
	var out []string
	for _, part := range strings.Split(raw, ",") {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}
