package service

import (
	"errors"
	"fmt"
	"io"
	"math"
	"text/template"

	"github.com/dop251/goja"
	"gopkg.in/yaml.v3"
)

type FormulaInput struct {
	KWh     float64 `json:"kwh"`
	Minutes float64 `json:"minutes"`
	Peak    bool    `json:"peak"`
}

type Receipt struct {
	SessionID  string  `json:"session_id"`
	Station    string  `json:"station"`
	EnergyKWh  float64 `json:"energy_kwh"`
	TotalCents int64   `json:"total_cents"`
	Currency   string  `json:"currency"`
}

type TariffSheet struct {
	Operator string `yaml:"operator"`
	Tariffs  []struct {
		Code        string  `yaml:"code"`
		Zone        string  `yaml:"zone"`
		PricePerKWh float64 `yaml:"price_per_kwh"`
	} `yaml:"tariffs"`
}

const idleFeeRule = `Math.max(0, minutes - grace) * rate`

var receiptFuncs = template.FuncMap{"cents": func(c int64) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }}

type TariffService struct{ idleGrace, idleRate float64 }

func NewTariffService() *TariffService { return &TariffService{idleGrace: 30, idleRate: 0.25} }

// Quote evaluates an operator's draft pricing formula against a simulated session.
func (s *TariffService) Quote(formula string, in FormulaInput) (float64, error) {
	vm := goja.New()
	_ = vm.Set("kwh", in.KWh)
	_ = vm.Set("minutes", in.Minutes)
	_ = vm.Set("peak", in.Peak)
	v, err := vm.RunString(formula) // VULN code
	if err != nil {
		return 0, fmt.Errorf("formula: %w", err)
	}
	return math.Round(v.ToFloat()*100) / 100, nil
}

func (s *TariffService) IdleFee(minutes float64) (float64, error) {
	vm := goja.New()
	_ = vm.Set("minutes", minutes)
	_ = vm.Set("grace", s.idleGrace)
	_ = vm.Set("rate", s.idleRate)
	v, err := vm.RunString(idleFeeRule) // SAFE code
	if err != nil {
		return 0, err
	}
	return math.Round(v.ToFloat()*100) / 100, nil
}

// RenderReceipt renders a receipt with an operator-branded layout.
func (s *TariffService) RenderReceipt(w io.Writer, layout string, r Receipt) error {
	tpl, err := template.New("receipt").Funcs(receiptFuncs).Parse(layout) // VULN ssti
	if err != nil {
		return err
	}
	return tpl.Execute(w, r)
}

func (s *TariffService) ParseTariffSheet(raw []byte) (*TariffSheet, error) {
	var sheet TariffSheet
	if err := yaml.Unmarshal(raw, &sheet); err != nil { // SAFE deser
		return nil, err
	}
	if len(sheet.Tariffs) == 0 {
		return nil, errors.New("tariff sheet has no tariffs")
	}
	return &sheet, nil
}
