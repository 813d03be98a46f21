package config

import (
	_ "embed"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed defaults.yaml
var defaultsYAML []byte

type Config struct {
	HTTPAddr        string   `yaml:"http_addr"`
	EchoAddr        string   `yaml:"echo_addr"`
	AdminAddr       string   `yaml:"admin_addr"`
	MongoURI        string   `yaml:"mongo_uri"`
	LDAPURL         string   `yaml:"ldap_url"`
	LDAPBaseDN      string   `yaml:"ldap_base_dn"`
	LDAPBindDN      string   `yaml:"ldap_bind_dn"`
	DataDir         string   `yaml:"data_dir"`
	MediaDir        string   `yaml:"media_dir"`
	InvoiceDir      string   `yaml:"invoice_dir"`
	ImportDir       string   `yaml:"import_dir"`
	CourierDocsDir  string   `yaml:"courier_docs_dir"`
	SupplierCatalog string   `yaml:"supplier_catalog"`
	ToolsDir        string   `yaml:"tools_dir"`
	PartnerHosts    []string `yaml:"partner_hosts"`
	CDNHosts        []string `yaml:"cdn_hosts"`
	RedirectHosts   []string `yaml:"redirect_hosts"`
	AdminOrigins    []string `yaml:"admin_origins"`

	DatabaseURL, CouriersDSN, LDAPBindPassword string `yaml:"-"`
	RefundHMACKey, StaffJWTKey, PartnerJWTKey  []byte `yaml:"-"`
}

// Load reads the compiled-in defaults and applies environment overrides.
func Load() (*Config, error) {
	cfg := &Config{}
	if err := yaml.Unmarshal(defaultsYAML, cfg); err != nil { // SAFE deser
		return nil, err
	}
	if v := os.Getenv("KITCHENLY_MONGO_URI"); v != "" {
		cfg.MongoURI = v
	}
	if v := os.Getenv("KITCHENLY_PARTNER_HOSTS"); v != "" {
		cfg.PartnerHosts = strings.Split(v, ",")
	}
	cfg.DatabaseURL = os.Getenv("KITCHENLY_DATABASE_URL")
	cfg.CouriersDSN = os.Getenv("KITCHENLY_FLEET_DSN")
	cfg.LDAPBindPassword = os.Getenv("KITCHENLY_LDAP_PASSWORD")
	cfg.RefundHMACKey = []byte(os.Getenv("REFUND_SIGNING_KEY"))
	cfg.StaffJWTKey = []byte(os.Getenv("STAFF_JWT_KEY"))
	cfg.PartnerJWTKey = []byte(os.Getenv("PARTNER_JWT_KEY"))
	return cfg, nil
}
