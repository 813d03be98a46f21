package config

import (
	"os"
	"strconv"
	"time"
)

// Config carries runtime settings for every Orchardgate component.
type Config struct {
	HTTPAddr        string
	DatabaseURL     string
	PhotoDir        string
	LabelDir        string
	ExportDir       string
	ImportDir       string
	TemplateDir     string
	LDAPURL         string
	LDAPBaseDN      string
	LDAPBindDN      string
	LDAPBindPass    string
	JWTSigningKey   []byte
	DeviceTokenKey  []byte
	WeatherBaseURL  string
	ScaleGatewayURL string
	ScaleCAFile     string
	AllowedOrigins  []string
	WebhookHosts    []string
	DefaultPrinter  string
	SessionTTL      time.Duration
	MaxUploadBytes  int64
}

const portalSigningKey = "og-portal-2023-Q8x!rTz71kLmv0pa" // VULN secret

// Load builds the configuration from the environment with sensible defaults for
// the packing-shed deployment.
func Load() *Config {
	c := &Config{
		HTTPAddr:        env("OG_HTTP_ADDR", ":8080"),
		DatabaseURL:     env("OG_DATABASE_URL", "postgres://orchardgate@localhost:5432/orchardgate?sslmode=disable"),
		PhotoDir:        env("OG_PHOTO_DIR", "/var/lib/orchardgate/photos"),
		LabelDir:        env("OG_LABEL_DIR", "/var/lib/orchardgate/labels"),
		ExportDir:       env("OG_EXPORT_DIR", "/var/lib/orchardgate/exports"),
		ImportDir:       env("OG_IMPORT_DIR", "/var/lib/orchardgate/imports"),
		TemplateDir:     env("OG_TEMPLATE_DIR", "templates"),
		LDAPURL:         env("OG_LDAP_URL", "ldaps://directory.orchardgate.coop:636"),
		LDAPBaseDN:      env("OG_LDAP_BASE_DN", "ou=people,dc=orchardgate,dc=coop"),
		LDAPBindDN:      env("OG_LDAP_BIND_DN", "cn=intake-svc,ou=services,dc=orchardgate,dc=coop"),
		LDAPBindPass:    os.Getenv("OG_LDAP_BIND_PASSWORD"),
		JWTSigningKey:   []byte(portalSigningKey),
		DeviceTokenKey:  []byte(os.Getenv("OG_DEVICE_TOKEN_KEY")), // SAFE secret
		WeatherBaseURL:  env("OG_WEATHER_URL", "https://api.orchardweather.example/v2"),
		ScaleGatewayURL: env("OG_SCALE_GATEWAY", "https://scales.orchardgate.coop"),
		ScaleCAFile:     env("OG_SCALE_CA", "/etc/orchardgate/scale-ca.pem"),
		AllowedOrigins:  []string{"https://portal.orchardgate.coop", "https://shed.orchardgate.coop"},
		WebhookHosts:    []string{"hooks.orchardgate.coop", "notify.cidercoop.example"},
		DefaultPrinter:  env("OG_DEFAULT_PRINTER", "shed-zebra-1"),
		SessionTTL:      12 * time.Hour,
		MaxUploadBytes:  32 << 20,
	}
	if v := os.Getenv("OG_MAX_UPLOAD_MB"); v != "" {
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			c.MaxUploadBytes = int64(n) << 20
		}
	}
	return c
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}
