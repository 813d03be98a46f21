package service

import "errors"

var (
	ErrNotFound       = errors.New("not found")
	ErrHostNotAllowed = errors.New("callback host is not an approved partner")
	ErrRefundAmount   = errors.New("refund amount must be positive and not exceed the order total")
)

// Container groups the services shared by the three HTTP surfaces.
type Container struct {
	Bookings      *Bookings
	Accounts      *Accounts
	Refunds       *Refunds
	Carts         *Carts
	Webhooks      *Webhooks
	Storage       *Storage
	Importer      *Importer
	Media         *Media
	Pricing       *Pricing
	Notifications *Notifications
	Feeds         *Feeds
}
