package service

import (
	"fmt"
	"time"

	"github.com/dop251/goja"

	"github.com/kitchenly/kitchenly-api/internal/domain"
	"github.com/kitchenly/kitchenly-api/internal/store"
)

// PromoRule is a discount rule authored in the partner dashboard.
type PromoRule struct {
	Code             string `json:"code"`
	Expression       string `json:"expression"`
	MaxDiscountCents int64  `json:"max_discount_cents"`
}

const loyaltyScript = `Math.min(Math.floor(subtotal * 0.05), 500)`

type Pricing struct {
	orders *store.OrderRepo
}

func NewPricing(orders *store.OrderRepo) *Pricing { return &Pricing{orders: orders} }

func (p *Pricing) runtime(cart domain.CartSnapshot, subtotal int64) *goja.Runtime {
	vm := goja.New()
	vm.SetFieldNameMapper(goja.UncapFieldNameMapper())
	_ = vm.Set("subtotal", subtotal)
	_ = vm.Set("itemCount", len(cart.Items))
	_ = vm.Set("kitchenId", cart.KitchenID)
	_ = vm.Set("orders", p.orders)
	return vm
}

// Preview evaluates a draft promo rule against a sample cart.
func (p *Pricing) Preview(rule PromoRule, cart domain.CartSnapshot, subtotal int64) (int64, error) {
	vm := p.runtime(cart, subtotal)
	timer := time.AfterFunc(250*time.Millisecond, func() { vm.Interrupt("promo rule timed out") })
	defer timer.Stop()
	v, err := vm.RunString(rule.Expression) // VULN code
	if err != nil {
		return 0, fmt.Errorf("promo %s: %w", rule.Code, err)
	}
	return clamp(v.ToInteger(), 0, min(rule.MaxDiscountCents, subtotal)), nil
}

// LoyaltyDiscount applies the standard 5% loyalty discount, capped at 5 EUR.
func (p *Pricing) LoyaltyDiscount(cart domain.CartSnapshot, subtotal int64) (int64, error) {
	v, err := p.runtime(cart, subtotal).RunString(loyaltyScript) // SAFE code
	if err != nil {
		return 0, err
	}
	return clamp(v.ToInteger(), 0, subtotal), nil
}

func clamp(v, lo, hi int64) int64 { return max(lo, min(v, hi)) }
