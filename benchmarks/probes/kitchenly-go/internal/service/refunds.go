package service

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"

	"github.com/kitchenly/kitchenly-api/internal/domain"
	"github.com/kitchenly/kitchenly-api/internal/store"
)

const voucherAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

type RefundRequest struct {
	AmountCents int64  `json:"amount_cents"`
	Reason      string `json:"reason"`
	AsVoucher   bool   `json:"as_voucher"`
}

type Refunds struct {
	orders     *store.OrderRepo
	signingKey []byte
}

func NewRefunds(orders *store.OrderRepo, signingKey []byte) *Refunds {
	return &Refunds{orders: orders, signingKey: signingKey}
}

// Issue records a refund; voucher refunds are credited immediately as store credit.
func (s *Refunds) Issue(ctx context.Context, orderID int64, req RefundRequest) (*domain.Refund, error) {
	order, err := s.orders.OrderByID(ctx, orderID)
	if err != nil {
		return nil, err
	}
	if req.AmountCents <= 0 || req.AmountCents > order.TotalCents {
		return nil, ErrRefundAmount
	}
	ref := &domain.Refund{OrderID: orderID, AmountCents: req.AmountCents, Reason: req.Reason, Status: "pending"}
	if req.AsVoucher {
		ref.Voucher = voucherCode(12)
		ref.Status = "issued"
	}
	if err := s.orders.CreateRefund(ctx, ref); err != nil {
		return nil, err
	}
	ref.Signature = s.Sign(ref)
	return ref, nil
}

// Sign produces the signature the payments service checks before paying out.
func (s *Refunds) Sign(ref *domain.Refund) string {
	mac := hmac.New(sha256.New, s.signingKey) // SAFE secret
	fmt.Fprintf(mac, "%d|%d|%d|%s", ref.ID, ref.OrderID, ref.AmountCents, ref.Voucher)
	return hex.EncodeToString(mac.Sum(nil))
}

func voucherCode(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = voucherAlphabet[rand.IntN(len(voucherAlphabet))] // VULN random
	}
	return string(b)
}
