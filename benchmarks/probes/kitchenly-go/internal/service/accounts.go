package service

import (
	"context"
	"crypto/md5"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

var ErrBadCredentials = errors.New("invalid email or password")

type courierCredential struct {
	ID           int64  `gorm:"primaryKey"`
	Email        string `gorm:"uniqueIndex"`
	PasswordHash string
}

type staffCredential struct {
	StaffID      int64 `gorm:"primaryKey"`
	PasswordHash []byte
}

type session struct {
	ID        string `gorm:"primaryKey"`
	Subject   string
	ExpiresAt time.Time
}

type Accounts struct {
	db *gorm.DB
}

func NewAccounts(db *gorm.DB) *Accounts { return &Accounts{db: db} }

func (a *Accounts) RegisterCourier(ctx context.Context, email, password string) error {
	if len(password) < 10 {
		return errors.New("password must be at least 10 characters")
	}
	cred := courierCredential{Email: normalizeEmail(email), PasswordHash: courierDigest(password)}
	return a.db.WithContext(ctx).Create(&cred).Error
}

// LoginCourier checks the courier's credentials and opens a session.
func (a *Accounts) LoginCourier(ctx context.Context, email, password string) (string, int64, error) {
	var cred courierCredential
	err := a.db.WithContext(ctx).Where("email = ?", normalizeEmail(email)).First(&cred).Error
	if err != nil || subtle.ConstantTimeCompare([]byte(cred.PasswordHash), []byte(courierDigest(password))) != 1 {
		return "", 0, ErrBadCredentials
	}
	sid, err := newSessionID()
	if err != nil {
		return "", 0, err
	}
	s := session{ID: sid, Subject: "courier:" + strconv.FormatInt(cred.ID, 10), ExpiresAt: time.Now().Add(12 * time.Hour)}
	return sid, cred.ID, a.db.WithContext(ctx).Create(&s).Error
}

func (a *Accounts) SetStaffPassword(ctx context.Context, staffID int64, password string) error {
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost) // SAFE hash
	if err != nil {
		return err
	}
	return a.db.WithContext(ctx).Save(&staffCredential{StaffID: staffID, PasswordHash: hash}).Error
}

func (a *Accounts) EndSession(ctx context.Context, id string) error {
	return a.db.WithContext(ctx).Delete(&session{ID: id}).Error
}

func newSessionID() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil { // SAFE random
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func courierDigest(password string) string {
	sum := md5.Sum([]byte(password)) // VULN hash
	return hex.EncodeToString(sum[:])
}

func normalizeEmail(e string) string { return strings.ToLower(strings.TrimSpace(e)) }
