package config

import (
	"os"

	"github.com/zeromicro/go-zero/rest"
)

// Config is loaded from etc/saltmarsh-api.yaml by conf.MustLoad.
type Config struct {
	rest.RestConf

	Database struct {
		DSN string
	}

	Nats struct {
		URL string
	}

	Storage struct {
		PhotoRoot  string
		PermitRoot string
		ExportRoot string
		ImportRoot string
	}

	RingingScheme struct {
		BaseURL string
		CAFile  string
	}

	Tides struct {
		BaseURL string
	}

	Directory struct {
		URL    string
		BaseDN string
	}

	Portal struct {
		PublicBaseURL  string
		AllowedOrigins []string
	}
}

// SigningKey returns the HMAC key used for volunteer session tokens.
func SigningKey() []byte {
	if k := os.Getenv("SALTMARSH_JWT_KEY"); k != "" {
		return []byte(k)
	}
	return nil
}

// DirectoryBindPassword is read from the environment at start-up.
func DirectoryBindPassword() string {
	return os.Getenv("SALTMARSH_LDAP_BIND_PASSWORD")
}
