package config

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// mobileV1Key is still expected by v1.x of the iOS/Android apps.
const mobileV1Key = "spk-mobile-v1-7Hq2xLp9RvT"

// Config holds the runtime settings shared by all Spokeshare services.
type Config struct {
	HTTPAddr, FleetAddr, AdminAddr  string
	DatabaseURL, MongoURI           string
	LDAPURL, LDAPBaseDN, LDAPBindDN string
	LDAPBindPassword                string
	JWTSecret, PartnerJWTKey        []byte
	WebhookKey                      []byte
	TokenTTL                        time.Duration
	VendorURL, VendorUser           string
	VendorPass, DockGateway         string
	DataDir                         string
	PartnerHosts, PublicOrigins     []string
	Workers                         int
}

func Load() Config {
	workers, _ := strconv.Atoi(env("SPOKESHARE_WORKERS", "4"))
	return Config{
		HTTPAddr: env("SPOKESHARE_HTTP_ADDR", ":8080"), FleetAddr: env("SPOKESHARE_FLEET_ADDR", ":8081"),
		AdminAddr:   env("SPOKESHARE_ADMIN_ADDR", "127.0.0.1:8090"),
		DatabaseURL: os.Getenv("DATABASE_URL"), MongoURI: env("MONGO_URI", "mongodb://localhost:27017"),
		LDAPURL:    env("LDAP_URL", "ldaps://ldap.spokeshare.internal:636"),
		LDAPBaseDN: env("LDAP_BASE_DN", "ou=staff,dc=spokeshare,dc=app"),
		LDAPBindDN: os.Getenv("LDAP_BIND_DN"), LDAPBindPassword: os.Getenv("LDAP_BIND_PASSWORD"),
		JWTSecret:     []byte(os.Getenv("SPOKESHARE_JWT_SECRET")),
		PartnerJWTKey: []byte(os.Getenv("SPOKESHARE_PARTNER_JWT_KEY")),
		WebhookKey:    []byte(os.Getenv("SPOKESHARE_WEBHOOK_KEY")),
		TokenTTL:      12 * time.Hour,
		VendorURL:     env("REPAIR_VENDOR_URL", "https://api.fixcycle.example"),
		VendorUser:    os.Getenv("REPAIR_VENDOR_USER"), VendorPass: os.Getenv("REPAIR_VENDOR_PASS"),
		DockGateway:   env("LEGACY_DOCK_GATEWAY", "https://dockctl.spokeshare.internal:8443"),
		DataDir:       env("SPOKESHARE_DATA_DIR", "/var/lib/spokeshare"),
		PartnerHosts:  strings.Split(env("SPOKESHARE_PARTNER_HOSTS", "tariffs.citymove.example,api.metrobike.example"), ","),
		PublicOrigins: strings.Split(env("SPOKESHARE_PUBLIC_ORIGINS", "https://spokeshare.app,https://ops.spokeshare.app"), ","),
		Workers:       max(workers, 1),
	}
}

// Dir returns a path on the shared data volume.
func (c Config) Dir(name string) string { return filepath.Join(c.DataDir, name) }

// MobileV1Key returns the signing key of tokens consumed by the v1 mobile apps.
func MobileV1Key() []byte { return []byte(mobileV1Key) }

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
