package main

import (
	"crypto/aes"
	"crypto/des"
	"crypto/md5"
	"crypto/sha256"
	"crypto/tls"
	"database/sql"
	"fmt"
	"time"
	"math/rand"
	"net/http"
	"os"

	"github.com/golang-jwt/jwt/v5"
	"github.com/nats-io/nats.go"
)

// ruleid: trace.go.hardcoded-credentials.literal-secret
const jwtSecret = "edge-gw-signing-key-2024"

// ok: trace.go.hardcoded-credentials.literal-secret
var apiKey = os.Getenv("API_KEY")

// ruleid: trace.go.hardcoded-credentials.literal-secret
var partnerSigningKey = []byte("pk-7Hq2mZ9vXc4R1tLw8NbE3sYd")

// ruleid: trace.go.hardcoded-credentials.literal-secret
var accountFieldKey = []byte("a91f0c7e3b5d2e8f")

// ok: trace.go.hardcoded-credentials.literal-secret
var cacheKeyPrefix = []byte("users:list")

// ok: trace.go.hardcoded-credentials.literal-secret
var sessionKey = []byte(os.Getenv("SESSION_KEY"))

// ok: trace.go.hardcoded-credentials.literal-secret
const passwordField = "password"

const letters = "abcdefghijklmnopqrstuvwxyz0123456789"

func newSessionToken() string {
	b := make([]byte, 32)
	for i := range b {
		// ruleid: trace.go.insecure-randomness.math-rand-for-secret
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func pickNumbers() int {
	// ruleid: trace.go.insecure-randomness.math-rand-for-secret
	sessionKey := rand.Int()
	// ok: trace.go.insecure-randomness.math-rand-for-secret
	workers := rand.Int()
	return sessionKey + workers
}

func newDoorPin() int {
	// ruleid: trace.go.insecure-randomness.math-rand-for-secret
	return 100000 + rand.Intn(900000)
}

func spinDelay() int {
	// ok: trace.go.insecure-randomness.math-rand-for-secret
	return rand.Intn(300)
}

// a code that binds a device or confirms an account is a credential too
func NewPairingCode() string {
	// ruleid: trace.go.insecure-randomness.math-rand-for-secret
	return fmt.Sprintf("%08d", rand.Intn(100000000))
}

func randomColorCode() string {
	// ok: trace.go.insecure-randomness.math-rand-for-secret
	return fmt.Sprintf("#%06x", rand.Intn(0xffffff))
}

func jitterMillis() int {
	// ok: trace.go.insecure-randomness.math-rand-for-secret
	return rand.Intn(250)
}

func sums(data []byte) {
	// ruleid: trace.go.weak-crypto.weak-hash
	a := md5.Sum(data)
	// ok: trace.go.weak-crypto.weak-hash
	b := sha256.Sum256(data)
	_, _ = a, b
}

func ciphers(key []byte) {
	// ruleid: trace.go.weak-crypto.weak-cipher
	weak, _ := des.NewTripleDESCipher(key)
	// ok: trace.go.weak-crypto.weak-cipher
	strong, _ := aes.NewCipher(key)
	_, _ = weak, strong
}

func client() *http.Client {
	tr := &http.Transport{
		// ruleid: trace.go.tls-verification.disabled
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	// ok: trace.go.tls-verification.disabled
	// ok: trace.go.tls-verification.old-protocol
	good := &tls.Config{MinVersion: tls.VersionTLS12}
	// ruleid: trace.go.tls-verification.old-protocol
	old := &tls.Config{MinVersion: tls.VersionTLS10}
	_, _ = good, old
	return &http.Client{Transport: tr}
}

func claims(token string) jwt.MapClaims {
	c := jwt.MapClaims{}
	// ruleid: trace.go.jwt.unverified-token
	jwt.NewParser().ParseUnverified(token, c)
	// ok: trace.go.jwt.unverified-token
	jwt.ParseWithClaims(token, c, func(t *jwt.Token) (interface{}, error) { return []byte(os.Getenv("K")), nil }, jwt.WithValidMethods([]string{"HS256"}))
	return c
}

// a package's own generator
var codeSource = rand.New(rand.NewSource(time.Now().UnixNano()))

func newSmsCode() string {
	// ruleid: trace.go.insecure-randomness.math-rand-for-secret
	return fmt.Sprintf("%06d", codeSource.Intn(1000000))
}

func backoffMillis() int {
	// ok: trace.go.insecure-randomness.math-rand-for-secret
	return codeSource.Intn(500)
}

func reportsDB() (*sql.DB, error) {
	// ruleid: trace.go.hardcoded-credentials.literal-secret
	return sql.Open("postgres", "postgres://reports:Rp0rt-Wardline-2023@reports-db.internal:5432/reports")
}

func localDB() (*sql.DB, error) {
	// ok: trace.go.hardcoded-credentials.literal-secret
	return sql.Open("postgres", "postgres://reports@localhost:5432/reports?sslmode=disable")
}

func ordersDB() (*sql.DB, error) {
	// ruleid: trace.go.hardcoded-credentials.literal-secret
	return sql.Open("postgres", "host=orders-db.internal user=orders password=Or9ers-Kitchen-24 dbname=orders")
}

func ordersLocalDB() (*sql.DB, error) {
	// ok: trace.go.hardcoded-credentials.literal-secret
	return sql.Open("postgres", "host=localhost user=orders dbname=orders sslmode=disable")
}

func envDB() (*sql.DB, error) {
	// ok: trace.go.hardcoded-credentials.literal-secret
	return sql.Open("postgres", os.Getenv("REPORTS_DATABASE_URL"))
}

func servePayslip(c *gin.Context, data []byte) {
	// ok: trace.go.weak-crypto.weak-hash
	sum := md5.Sum(data)
	etag := `"` + hex.EncodeToString(sum[:]) + `"`
	c.Header("ETag", etag)
}

func uploadChecksum(data []byte) string {
	// ok: trace.go.weak-crypto.weak-hash
	sum := sha1.Sum(data)
	return hex.EncodeToString(sum[:])
}

func signRequest(data []byte) string {
	// ruleid: trace.go.weak-crypto.weak-hash
	sum := md5.Sum(data)
	signature := hex.EncodeToString(sum[:])
	return signature
}

type authConfig struct {
	JWTSecret string
	TokenTTL  string
	PublicURL string
}

func loadAuthConfig() authConfig {
	return authConfig{
		// ruleid: trace.go.hardcoded-credentials.literal-secret
		JWTSecret: getenv("APP_JWT_SECRET", "app-hs256-4c1e9d0b7a2f"),
		// ok: trace.go.hardcoded-credentials.literal-secret
		TokenTTL: getenv("APP_TOKEN_TTL", "12h-default-ttl"),
		// ok: trace.go.hardcoded-credentials.literal-secret
		PublicURL: getenv("APP_PUBLIC_URL", "https://app.example.io"),
	}
}

func fallbackKeys() (string, string) {
	// ruleid: trace.go.hardcoded-credentials.literal-secret
	apiKeyValue := cmp.Or(os.Getenv("PARTNER_API_KEY"), "pk-live-81d0c3e9a4f2")
	// ok: trace.go.hardcoded-credentials.literal-secret
	secret := cmp.Or(os.Getenv("SESSION_SECRET"), "")
	return apiKeyValue, secret
}

// a code a crew reads back on arrival authorises the check-in
func IssueCheckinCode(crewID uint) string {
	// ruleid: trace.go.insecure-randomness.math-rand-for-secret
	checkinCode := fmt.Sprintf("%06d", rand.Intn(1000000))
	return checkinCode
}

func retryBackoff() time.Duration {
	// ok: trace.go.insecure-randomness.math-rand-for-secret
	jitter := rand.Intn(1000)
	return time.Duration(jitter) * time.Millisecond
}

func connectWorker(url, user string) (*nats.Conn, error) {
	// ruleid: trace.go.hardcoded-credentials.literal-secret
	return nats.Connect(url, nats.UserInfo(user, "wX9#ember-queue-2024"), nats.Name("worker"))
}

func connectWorkerFromEnv(url, user string) (*nats.Conn, error) {
	// ok: trace.go.hardcoded-credentials.literal-secret
	return nats.Connect(url, nats.UserInfo(user, os.Getenv("NATS_PASSWORD")))
}

var swapRand = mrand.New(mrand.NewSource(time.Now().UnixNano()))

// NewSwapCode: six digits a driver types to take a shift
func NewSwapCode() string {
	// ruleid: trace.go.insecure-randomness.math-rand-for-secret
	return fmt.Sprintf("%06d", swapRand.Intn(1000000))
}

// a tram's fleet number for a demo: no secret
func demoFleetNumber() string {
	// ok: trace.go.insecure-randomness.math-rand-for-secret
	return fmt.Sprintf("T%d", swapRand.Intn(100))
}

func bindReader(conn *ldap.Conn) error {
	// ruleid: trace.go.hardcoded-credentials.literal-secret
	return conn.Bind("uid=kiosk-reader,ou=services,dc=tramyard,dc=local", "K1osk-Reader!2021")
}

func bindFromEnv(conn *ldap.Conn) error {
	// ok: trace.go.hardcoded-credentials.literal-secret
	return conn.Bind("uid=kiosk-reader,ou=services,dc=tramyard,dc=local", os.Getenv("LDAP_PASSWORD"))
}
