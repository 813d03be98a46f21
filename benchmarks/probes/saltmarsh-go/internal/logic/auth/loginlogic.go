package auth

import (
	"context"
	"errors"
	"net/mail"
	"strconv"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/zeromicro/go-zero/core/logx"

	"github.com/saltmarsh/survey/internal/config"
	"github.com/saltmarsh/survey/internal/middleware"
	"github.com/saltmarsh/survey/internal/model"
	"github.com/saltmarsh/survey/internal/security"
	"github.com/saltmarsh/survey/internal/svc"
	"github.com/saltmarsh/survey/internal/types"
)

var ErrInvalidLogin = errors.New("invalid login")

type LoginLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewLoginLogic(ctx context.Context, svcCtx *svc.ServiceContext) *LoginLogic {
	return &LoginLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

func (l *LoginLogic) Login(req *types.LoginReq) (*types.LoginResp, string, error) {
	v, err := l.svcCtx.Volunteers.ByEmail(l.ctx, strings.TrimSpace(req.Email))
	if err != nil {
		return nil, "", ErrInvalidLogin
	}
	if !security.CheckPassword(v.PasswordHash, req.Password) {
		return nil, "", ErrInvalidLogin
	}
	claims := middleware.Claims{
		Role: v.Role,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   strconv.FormatInt(v.ID, 10),
			IssuedAt:  jwt.NewNumericDate(time.Now()),
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(12 * time.Hour)),
			Issuer:    "saltmarsh-api",
		},
	}
	key := config.SigningKey()
	if len(key) == 0 {
		return nil, "", errors.New("signing key not configured")
	}
	token, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key) // SAFE secret
	if err != nil {
		return nil, "", err
	}
	return &types.LoginResp{Token: token}, strings.TrimSpace(req.Next), nil
}

func (l *LoginLogic) Register(req *types.RegisterReq) (int64, error) {
	addr, err := mail.ParseAddress(req.Email)
	if err != nil {
		return 0, errors.New("a valid e-mail address is required")
	}
	if len(req.Password) < 10 {
		return 0, errors.New("password must be at least 10 characters")
	}
	hash, err := security.HashPassword(req.Password)
	if err != nil {
		return 0, err
	}
	return l.svcCtx.Volunteers.Create(l.ctx, &model.Volunteer{
		Email:        addr.Address,
		DisplayName:  strings.TrimSpace(req.DisplayName),
		PasswordHash: hash,
		WebhookURL:   strings.TrimSpace(req.WebhookURL),
	})
}

func (l *LoginLogic) RequestReset(req *types.ResetReq) error {
	v, err := l.svcCtx.Volunteers.ByEmail(l.ctx, req.Email)
	if err != nil {
		return nil
	}
	token, err := security.NewResetToken()
	if err != nil {
		return err
	}
	if err := l.svcCtx.Volunteers.SetResetToken(l.ctx, v.ID, token); err != nil {
		return err
	}
	l.Infof("reset token issued for volunteer %d", v.ID)
	return nil
}

// SetPassword changes the caller's password. Hide kiosk accounts are still
// verified by the offline kiosk app, which only understands the legacy digest.
func (l *LoginLogic) SetPassword(pw string) error {
	me := middleware.FromContext(l.ctx)
	v, err := l.svcCtx.Volunteers.ByID(l.ctx, me.ID)
	if err != nil {
		return err
	}
	if len(pw) < 10 {
		return errors.New("password must be at least 10 characters")
	}
	var stored string
	if v.Role == "kiosk" {
		stored = security.LegacyDigest(pw)
	} else if stored, err = security.HashPassword(pw); err != nil {
		return err
	}
	_, err = l.svcCtx.DB.ExecContext(l.ctx, `UPDATE volunteers SET password_hash = $1 WHERE id = $2`, stored, v.ID)
	return err
}
