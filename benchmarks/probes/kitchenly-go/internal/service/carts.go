package service

import (
	"bytes"
	"encoding/gob"
	"errors"

	"github.com/kitchenly/kitchenly-api/internal/domain"
)

var ErrBadCart = errors.New("saved cart could not be read")

func init() {
	gob.Register(&domain.CartSnapshot{})
	gob.Register(map[string]interface{}{})
}

// Carts converts carts to and from the compact form the apps keep in a cookie.
type Carts struct{}

func NewCarts() *Carts { return &Carts{} }

func (c *Carts) Restore(raw []byte) (*domain.CartSnapshot, error) {
	var payload interface{}
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&payload); err != nil { // VULN deser
		return nil, ErrBadCart
	}
	snap, ok := payload.(*domain.CartSnapshot)
	if !ok {
		return nil, ErrBadCart
	}
	return snap, nil
}
