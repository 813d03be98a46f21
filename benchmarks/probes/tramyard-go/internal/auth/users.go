package auth

import (
	"context"
	"errors"

	"xorm.io/xorm"
)

// ErrUnknownUser is returned when a badge has no account.
var ErrUnknownUser = errors.New("unknown badge")

// User is a depot staff account.
type User struct {
	ID           int64  `xorm:"pk autoincr 'id'"`
	Badge        string `xorm:"unique 'badge'"`
	FullName     string `xorm:"'full_name'"`
	Role         string `xorm:"'role'"`
	Depot        string `xorm:"'depot'"`
	PasswordHash string `xorm:"'password_hash'"`
	PINHash      string `xorm:"'pin_hash'"`
	Disabled     bool   `xorm:"'disabled'"`
}

// TableName maps User to its table.
func (User) TableName() string { return "staff_users" }

// UserStore loads staff accounts.
type UserStore struct {
	engine *xorm.Engine
}

// NewUserStore returns a store on engine.
func NewUserStore(engine *xorm.Engine) *UserStore {
	return &UserStore{engine: engine}
}

// FindByBadge loads an enabled account by badge number.
func (s *UserStore) FindByBadge(ctx context.Context, badge string) (*User, error) {
	var u User
	has, err := s.engine.Context(ctx).Where("badge = ? AND disabled = ?", badge, false).Get(&u) // SAFE sqli
	if err != nil {
		return nil, err
	}
	if !has {
		return nil, ErrUnknownUser
	}
	return &u, nil
}
