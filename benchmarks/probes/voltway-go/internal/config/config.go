// Package config loads runtime settings from the environment.
package config

import (
	"os"
	"strings"
)

// Regions lists the settlement regions that payout ledgers are partitioned by.
var Regions = map[string]bool{"eu_west": true, "eu_north": true, "uk": true, "us_east": true}

type Config struct {
	HTTPAddr, PortalAddr                                        string
	PostgresURL, MongoURI, MongoDB                              string
	LDAPURL, LDAPBaseDN, LDAPBindDN, LDAPBindPassword           string
	JWTSigningKey, PartnerJWTKey                                []byte
	BankAPIBase, BankClientID, BankClientSecret                 string
	DocumentRoot, PhotoRoot, FirmwareDir, ExportDir, ReceiptDir string
	AdminOrigins                                                []string
}

func Load() Config {
	return Config{
		HTTPAddr:         env("VOLTWAY_HTTP_ADDR", ":8080"),
		PortalAddr:       env("VOLTWAY_PORTAL_ADDR", ":8090"),
		PostgresURL:      os.Getenv("VOLTWAY_DATABASE_URL"),
		MongoURI:         env("VOLTWAY_MONGO_URI", "mongodb://localhost:27017"),
		MongoDB:          env("VOLTWAY_MONGO_DB", "voltway"),
		LDAPURL:          env("VOLTWAY_LDAP_URL", "ldaps://ldap.voltway.internal:636"),
		LDAPBaseDN:       env("VOLTWAY_LDAP_BASE_DN", "ou=people,dc=voltway,dc=io"),
		LDAPBindDN:       os.Getenv("VOLTWAY_LDAP_BIND_DN"),
		LDAPBindPassword: os.Getenv("VOLTWAY_LDAP_BIND_PASSWORD"),
		JWTSigningKey:    []byte(os.Getenv("VOLTWAY_JWT_KEY")),
		PartnerJWTKey:    []byte(os.Getenv("VOLTWAY_PARTNER_JWT_KEY")),
		BankAPIBase:      env("VOLTWAY_BANK_API", "https://api.payouts-bank.example"),
		BankClientID:     os.Getenv("VOLTWAY_BANK_CLIENT_ID"),
		BankClientSecret: os.Getenv("VOLTWAY_BANK_CLIENT_SECRET"),
		DocumentRoot:     env("VOLTWAY_DOCUMENT_ROOT", "/var/lib/voltway/documents"),
		PhotoRoot:        env("VOLTWAY_PHOTO_ROOT", "/var/lib/voltway/photos"),
		FirmwareDir:      env("VOLTWAY_FIRMWARE_DIR", "/var/lib/voltway/firmware"),
		ExportDir:        env("VOLTWAY_EXPORT_DIR", "/var/lib/voltway/exports"),
		ReceiptDir:       env("VOLTWAY_RECEIPT_DIR", "/var/lib/voltway/receipts"),
		AdminOrigins:     strings.Split(env("VOLTWAY_ADMIN_ORIGINS", "https://admin.voltway.io"), ","),
	}
}

func env(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
