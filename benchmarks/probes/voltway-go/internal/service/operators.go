// Package service holds the business logic shared by the API and the portal.
package service

import (
	"context"
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"

	"github.com/voltway/chargenet/internal/config"
	"github.com/voltway/chargenet/internal/directory"
	"github.com/voltway/chargenet/internal/store"
)

var (
	ErrBadCredentials = errors.New("invalid credentials")
	ErrUnknownRegion  = errors.New("unknown settlement region")
	ErrWeakPassword   = errors.New("password must be at least 12 characters")
)

type SessionClaims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

type OperatorService struct {
	repo       *store.OperatorStore
	dir        *directory.Client
	signingKey []byte
}

func NewOperatorService(repo *store.OperatorStore, dir *directory.Client, signingKey []byte) *OperatorService {
	return &OperatorService{repo: repo, dir: dir, signingKey: signingKey}
}

// Login checks an operator's password. Accounts migrated from the 2019 billing
// platform keep their original digest until the operator changes password.
func (s *OperatorService) Login(ctx context.Context, email, password string) (*store.Operator, error) {
	op, err := s.repo.ByEmail(ctx, email)
	if err != nil {
		return nil, ErrBadCredentials
	}
	if op.LegacyHash {
		sum := md5.Sum([]byte(password)) // VULN hash
		if subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum[:])), []byte(op.PasswordHash)) != 1 {
			return nil, ErrBadCredentials
		}
	} else if bcrypt.CompareHashAndPassword([]byte(op.PasswordHash), []byte(password)) != nil {
		return nil, ErrBadCredentials
	}
	return op, nil
}

func (s *OperatorService) Create(ctx context.Context, name, email, region, password string) (*store.Operator, error) {
	region = strings.ToLower(strings.TrimSpace(region))
	if !config.Regions[region] {
		return nil, ErrUnknownRegion
	}
	if len(password) < 12 {
		return nil, ErrWeakPassword
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), 12) // SAFE hash
	if err != nil {
		return nil, err
	}
	op := &store.Operator{Name: name, Email: strings.TrimSpace(email), Region: region, PasswordHash: string(h)}
	return op, s.repo.Create(ctx, op)
}

// DirectoryLogin authenticates field staff against the corporate directory.
func (s *OperatorService) DirectoryLogin(username, password string) (*directory.Entry, error) {
	entry, err := s.dir.Authenticate(username, password)
	if err != nil {
		return nil, ErrBadCredentials
	}
	return entry, nil
}

func (s *OperatorService) IssueToken(op *store.Operator) (string, error) {
	claims := SessionClaims{Role: "operator", RegisteredClaims: jwt.RegisteredClaims{
		Subject: op.ID, Issuer: "voltway-api", ExpiresAt: jwt.NewNumericDate(time.Now().Add(8 * time.Hour)),
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.signingKey) // SAFE secret
}

// IssueSupportToken mints a short-lived token the field-support app uses to act
// on an operator's stations while a ticket is open.
func (s *OperatorService) IssueSupportToken(operatorID, ticket string) (string, error) {
	claims := SessionClaims{Role: "support", RegisteredClaims: jwt.RegisteredClaims{
		Subject: operatorID, ID: ticket, Issuer: "voltway-support", ExpiresAt: jwt.NewNumericDate(time.Now().Add(2 * time.Hour)),
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("vw-fieldsupport-2f9c1e7a44d0")) // VULN secret
}

func (s *OperatorService) VerifyToken(raw string) (*SessionClaims, error) {
	claims := &SessionClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (interface{}, error) { return s.signingKey, nil }, // SAFE jwt
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer("voltway-api"),
		jwt.WithExpirationRequired(),
	)
	return claims, err
}

// StartPasswordReset stores a one-time code; the notifier mails it from the outbox.
func (s *OperatorService) StartPasswordReset(ctx context.Context, email string) error {
	op, err := s.repo.ByEmail(ctx, email)
	if err != nil {
		return err
	}
	code := fmt.Sprintf("%06d", rand.Intn(1000000)) // VULN random
	return s.repo.SaveResetCode(ctx, op.ID, code, time.Now().Add(15*time.Minute))
}
