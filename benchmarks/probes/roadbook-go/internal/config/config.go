// Package config loads settings shared by roadbook-api and roadbook-fleetd.
package config

import (
	"fmt"
	"os"
	"strings"
	"time"
)

type Config struct {
	HTTPAddr, FleetAddr, PostgresDSN, MongoURI, RedisAddr             string
	LDAPURL, LDAPServerName, LDAPBaseDN, LDAPBindDN, LDAPBindPassword string
	DocumentRoot, ManualRoot, SpoolDir, ExportDir                     string
	PartsCatalogPath, VendorAPIBase                                   string
	JWTSecret                                                         []byte
	AllowedOrigins, TileHosts                                         []string
	AccessTokenTTL                                                    time.Duration
}

// Load reads configuration from the environment. Secrets have no defaults.
func Load() (*Config, error) {
	cfg := &Config{
		HTTPAddr:         env("ROADBOOK_HTTP_ADDR", ":8080"),
		FleetAddr:        env("ROADBOOK_FLEET_ADDR", ":8090"),
		PostgresDSN:      os.Getenv("ROADBOOK_PG_DSN"),
		MongoURI:         env("ROADBOOK_MONGO_URI", "mongodb://localhost:27017"),
		RedisAddr:        env("ROADBOOK_REDIS_ADDR", "localhost:6379"),
		LDAPURL:          env("ROADBOOK_LDAP_URL", "ldaps://ldap.roadbook.internal:636"),
		LDAPServerName:   env("ROADBOOK_LDAP_SERVER_NAME", "ldap.roadbook.internal"),
		LDAPBaseDN:       env("ROADBOOK_LDAP_BASE_DN", "ou=drivers,dc=roadbook,dc=io"),
		LDAPBindDN:       os.Getenv("ROADBOOK_LDAP_BIND_DN"),
		LDAPBindPassword: os.Getenv("ROADBOOK_LDAP_BIND_PASSWORD"),
		DocumentRoot:     env("ROADBOOK_DOCUMENT_ROOT", "/var/lib/roadbook/documents"),
		ManualRoot:       env("ROADBOOK_MANUAL_ROOT", "/var/lib/roadbook/manuals"),
		SpoolDir:         env("ROADBOOK_SPOOL_DIR", "/var/lib/roadbook/spool"),
		ExportDir:        env("ROADBOOK_EXPORT_DIR", "/var/lib/roadbook/exports"),
		PartsCatalogPath: env("ROADBOOK_PARTS_CATALOG", "/etc/roadbook/parts-catalog.xml"),
		VendorAPIBase:    env("ROADBOOK_VENDOR_API", "https://api.trackvendor.example"),
		JWTSecret:        []byte(os.Getenv("ROADBOOK_JWT_SECRET")),
		AllowedOrigins:   strings.Split(env("ROADBOOK_ALLOWED_ORIGINS", "https://app.roadbook.io"), ","),
		TileHosts:        strings.Split(env("ROADBOOK_TILE_HOSTS", "tile.openstreetmap.org,tiles.roadbook.io"), ","),
		AccessTokenTTL:   15 * time.Minute,
	}
	if len(cfg.JWTSecret) < 32 {
		return nil, fmt.Errorf("ROADBOOK_JWT_SECRET must be at least 32 bytes")
	}
	if ttl, err := time.ParseDuration(os.Getenv("ROADBOOK_ACCESS_TTL")); err == nil && ttl > 0 {
		cfg.AccessTokenTTL = ttl
	}
	return cfg, nil
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
