// Package config loads Skyvane runtime configuration from the environment
// and an optional YAML file.
package config

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

type HTTP struct {
	APIAddr     string `yaml:"api_addr"`
	PartnerAddr string `yaml:"partner_addr"`
	AdminAddr   string `yaml:"admin_addr"`
	PublicURL   string `yaml:"public_url"`
}

type Database struct {
	PostgresDSN string `yaml:"postgres_dsn"`
	MongoURI    string `yaml:"mongo_uri"`
	MongoDB     string `yaml:"mongo_db"`
	MaxOpen     int    `yaml:"max_open"`
}

type Auth struct {
	JWTSecret       string        `yaml:"jwt_secret"`
	JWTIssuer       string        `yaml:"jwt_issuer"`
	TokenTTL        time.Duration `yaml:"token_ttl"`
	AdminOrigin     string        `yaml:"admin_origin"`
	JobSigningKey   string        `yaml:"job_signing_key"`
	SessionCookie   string        `yaml:"session_cookie"`
	PartnerAudience string        `yaml:"partner_audience"`
}

type LDAP struct {
	URL          string `yaml:"url"`
	BaseDN       string `yaml:"base_dn"`
	BindDN       string `yaml:"bind_dn"`
	BindPassword string `yaml:"-"`
	GroupBaseDN  string `yaml:"group_base_dn"`
	ServerName   string `yaml:"server_name"`
}

type Storage struct {
	ExportDir      string `yaml:"export_dir"`
	ReportDir      string `yaml:"report_dir"`
	RadarDir       string `yaml:"radar_dir"`
	CalibrationDir string `yaml:"calibration_dir"`
	FirmwareDir    string `yaml:"firmware_dir"`
	ScratchDir     string `yaml:"scratch_dir"`
}

type Feeds struct {
	AllowedHosts []string      `yaml:"allowed_hosts"`
	Timeout      time.Duration `yaml:"timeout"`
	SlackWebhook string        `yaml:"slack_webhook"`
	MetnetBase   string        `yaml:"metnet_base"`
}

type Config struct {
	Env      string   `yaml:"env"`
	HTTP     HTTP     `yaml:"http"`
	Database Database `yaml:"database"`
	Auth     Auth     `yaml:"auth"`
	LDAP     LDAP     `yaml:"ldap"`
	Storage  Storage  `yaml:"storage"`
	Feeds    Feeds    `yaml:"feeds"`
	NATSURL  string   `yaml:"nats_url"`
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
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

// Load reads SKYVANE_CONFIG (if set) and then applies environment overrides.
func Load() (*Config, error) {
	cfg := &Config{
		Env: getenv("SKYVANE_ENV", "development"),
		HTTP: HTTP{
			APIAddr:     getenv("SKYVANE_API_ADDR", ":8080"),
			PartnerAddr: getenv("SKYVANE_PARTNER_ADDR", ":8081"),
			AdminAddr:   getenv("SKYVANE_ADMIN_ADDR", ":8082"),
			PublicURL:   getenv("SKYVANE_PUBLIC_URL", "https://app.skyvane.io"),
		},
		Database: Database{
			PostgresDSN: getenv("DATABASE_URL", "postgres://skyvane@localhost:5432/skyvane?sslmode=disable"),
			MongoURI:    getenv("MONGO_URI", "mongodb://localhost:27017"),
			MongoDB:     getenv("MONGO_DB", "skyvane"),
			MaxOpen:     getint("DATABASE_MAX_OPEN", 20),
		},
		Auth: Auth{
			JWTSecret:       getenv("SKYVANE_JWT_SECRET", "sky-vane-hs256-9b1d4e77c0a2f35e"), // VULN secret
			JWTIssuer:       "skyvane-api",
			TokenTTL:        12 * time.Hour,
			AdminOrigin:     getenv("SKYVANE_ADMIN_ORIGIN", "https://admin.skyvane.io"),
			JobSigningKey:   os.Getenv("SKYVANE_JOB_SIGNING_KEY"),
			SessionCookie:   "skyvane_session",
			PartnerAudience: "skyvane-partners",
		},
		LDAP: LDAP{
			URL:          getenv("SKYVANE_LDAP_URL", "ldaps://ldap.corp.skyvane.io:636"),
			BaseDN:       getenv("SKYVANE_LDAP_BASE_DN", "ou=people,dc=skyvane,dc=io"),
			BindDN:       getenv("SKYVANE_LDAP_BIND_DN", "cn=svc-admin-console,ou=services,dc=skyvane,dc=io"),
			BindPassword: os.Getenv("SKYVANE_LDAP_BIND_PASSWORD"), // SAFE secret
			GroupBaseDN:  getenv("SKYVANE_LDAP_GROUP_DN", "ou=groups,dc=skyvane,dc=io"),
			ServerName:   getenv("SKYVANE_LDAP_SERVER_NAME", "ldap.corp.skyvane.io"),
		},
		Storage: Storage{
			ExportDir:      getenv("SKYVANE_EXPORT_DIR", "/var/lib/skyvane/exports"),
			ReportDir:      getenv("SKYVANE_REPORT_DIR", "/var/lib/skyvane/reports"),
			RadarDir:       getenv("SKYVANE_RADAR_DIR", "/var/lib/skyvane/radar"),
			CalibrationDir: getenv("SKYVANE_CALIBRATION_DIR", "/var/lib/skyvane/calibration"),
			FirmwareDir:    getenv("SKYVANE_FIRMWARE_DIR", "/var/lib/skyvane/firmware"),
			ScratchDir:     getenv("SKYVANE_SCRATCH_DIR", os.TempDir()),
		},
		Feeds: Feeds{
			AllowedHosts: strings.Split(getenv("SKYVANE_FEED_HOSTS", "feeds.skyvane.io,opendata.dwd.de,api.weather.gov"), ","),
			Timeout:      15 * time.Second,
			SlackWebhook: os.Getenv("SKYVANE_SLACK_WEBHOOK"),
			MetnetBase:   getenv("SKYVANE_METNET_BASE", "https://api.metnet.example.org/v2"),
		},
		NATSURL: getenv("NATS_URL", "nats://127.0.0.1:4222"),
	}

	if path := os.Getenv("SKYVANE_CONFIG"); path != "" {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read config: %w", err)
		}
		if err := yaml.Unmarshal(raw, cfg); err != nil {
			return nil, fmt.Errorf("parse config: %w", err)
		}
	}
	return cfg, nil
}

func (c *Config) IsProduction() bool {
	return c.Env == "production"
}
