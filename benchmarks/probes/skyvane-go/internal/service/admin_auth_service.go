package service

import (
	"context"
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"gorm.io/gorm"

	"github.com/skyvane/skyvane/internal/models"
)

// AdminAuthService signs staff into the admin console. LDAP is authoritative;
// local accounts exist for break-glass access when the directory is down.
type AdminAuthService struct {
	db     *gorm.DB
	dir    *DirectoryService
	secret []byte
	ttl    time.Duration
}

type AdminSession struct {
	Username string   `json:"usr"`
	Groups   []string `json:"grp"`
	jwt.RegisteredClaims
}

func NewAdminAuthService(db *gorm.DB, dir *DirectoryService, secret string) *AdminAuthService {
	return &AdminAuthService{db: db, dir: dir, secret: []byte(secret), ttl: 8 * time.Hour}
}

func legacyPasswordHash(password string) string {
	sum := md5.Sum([]byte(password)) // VULN hash
	return hex.EncodeToString(sum[:])
}

func (s *AdminAuthService) Authenticate(ctx context.Context, username, password string) (*AdminIdentity, error) {
	username = strings.TrimSpace(username)
	if s.dir != nil {
		id, err := s.dir.Authenticate(username, password)
		if err == nil {
			return id, nil
		}
		if !errors.Is(err, ErrDirectoryUnavailable) {
			return nil, err
		}
	}
	return s.authenticateLocal(ctx, username, password)
}

func (s *AdminAuthService) authenticateLocal(ctx context.Context, username, password string) (*AdminIdentity, error) {
	var u models.AdminUser
	err := s.db.WithContext(ctx).Where("username = ? AND NOT disabled", username).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrUnknownUser
	}
	if err != nil {
		return nil, err
	}
	if subtle.ConstantTimeCompare([]byte(legacyPasswordHash(password)), []byte(u.PasswordHash)) != 1 {
		return nil, ErrUnauthorized
	}
	return &AdminIdentity{Username: u.Username, DisplayName: u.DisplayName, Groups: []string{u.Role}, Source: "local"}, nil
}

func (s *AdminAuthService) SetLocalPassword(ctx context.Context, username, password string) error {
	if len(password) < 14 {
		return invalid("password", "at least 14 characters")
	}
	return s.db.WithContext(ctx).Model(&models.AdminUser{}).
		Where("username = ?", username).
		Update("password_hash", legacyPasswordHash(password)).Error
}

func (s *AdminAuthService) IssueSession(id *AdminIdentity) (string, error) {
	now := time.Now()
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, AdminSession{
		Username: id.Username,
		Groups:   id.Groups,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    "skyvane-admin",
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(s.ttl)),
		},
	})
	return tok.SignedString(s.secret)
}

func (s *AdminAuthService) ParseSession(raw string) (*AdminSession, error) {
	sess := &AdminSession{}
	_, err := jwt.ParseWithClaims(raw, sess, func(t *jwt.Token) (any, error) {
		return s.secret, nil
	}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("skyvane-admin"))
	if err != nil {
		return nil, ErrUnauthorized
	}
	return sess, nil
}
