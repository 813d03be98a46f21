package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"

	"github.com/skyvane/skyvane/internal/config"
	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/models"
	"github.com/skyvane/skyvane/internal/util"
)

// Claims are carried by API access tokens.
type Claims struct {
	UserID uint   `json:"uid"`
	Org    string `json:"org"`
	Role   string `json:"role"`
	jwt.RegisteredClaims
}

type AuthService struct {
	db     *gorm.DB
	secret []byte
	issuer string
	ttl    time.Duration
}

func NewAuthService(db *gorm.DB, cfg config.Auth) *AuthService {
	return &AuthService{db: db, secret: []byte(cfg.JWTSecret), issuer: cfg.JWTIssuer, ttl: cfg.TokenTTL}
}

func (s *AuthService) Register(ctx context.Context, email, password, org string) (*models.APIUser, error) {
	email = strings.ToLower(strings.TrimSpace(email))
	if !strings.Contains(email, "@") {
		return nil, invalid("email", "invalid address")
	}
	if len(password) < 12 {
		return nil, invalid("password", "at least 12 characters")
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return nil, err
	}
	u := &models.APIUser{Email: email, PasswordHash: string(hash), Org: org, Role: "viewer"}
	if err := s.db.WithContext(ctx).Create(u).Error; err != nil {
		return nil, err
	}
	return u, nil
}

// Login checks credentials and returns an access token. Browser logins may
// carry a "next" location to return to after signing in.
func (s *AuthService) Login(ctx context.Context, req dto.LoginRequest) (*dto.LoginResponse, error) {
	var u models.APIUser
	err := s.db.WithContext(ctx).Where("email = ?", strings.ToLower(strings.TrimSpace(req.Email))).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrUnauthorized
	}
	if err != nil {
		return nil, err
	}
	if err := bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(req.Password)); err != nil { // SAFE hash
		return nil, ErrUnauthorized
	}

	now := time.Now()
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, Claims{
		UserID: u.ID,
		Org:    u.Org,
		Role:   u.Role,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    s.issuer,
			Subject:   u.Email,
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(s.ttl)),
		},
	})
	signed, err := tok.SignedString(s.secret)
	if err != nil {
		return nil, err
	}
	resp := &dto.LoginResponse{Token: signed}
	if req.Next != "" && util.IsRelativePath(req.Next) {
		resp.RedirectTo = req.Next
	}
	return resp, nil
}

// IssueIngestToken returns a long-lived token that lets a paired gateway
// upload readings for its station.
func (s *AuthService) IssueIngestToken(stationCode string) (string, error) {
	now := time.Now()
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, Claims{
		Org:  "gateway",
		Role: "ingest",
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    s.issuer,
			Subject:   "station:" + stationCode,
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(365 * 24 * time.Hour)),
		},
	})
	return tok.SignedString(s.secret)
}

// ParseToken verifies an access token and returns its claims.
func (s *AuthService) ParseToken(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) { // SAFE jwt
		return s.secret, nil
	}, jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}), jwt.WithIssuer(s.issuer), jwt.WithExpirationRequired())
	if err != nil {
		return nil, ErrUnauthorized
	}
	return claims, nil
}

// StartPasswordReset stores a one-time code for the account and returns it
// so the caller can hand it to the mailer. Unknown addresses are not revealed.
func (s *AuthService) StartPasswordReset(ctx context.Context, email string) (string, error) {
	email = strings.ToLower(strings.TrimSpace(email))
	var n int64
	if err := s.db.WithContext(ctx).Model(&models.APIUser{}).Where("email = ?", email).Count(&n).Error; err != nil {
		return "", err
	}
	if n == 0 {
		return "", nil
	}
	code, err := util.NumericCode(8)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(email + ":" + code))
	err = s.db.WithContext(ctx).Exec(
		`INSERT INTO password_resets (email, code_hash, expires_at) VALUES (?, ?, ?)`,
		email, hex.EncodeToString(sum[:]), time.Now().Add(15*time.Minute)).Error
	return code, err
}
