package grading

import (
	"fmt"
	"time"

	"github.com/dop251/goja"
)

// builtinFormulas are the formulas shipped with Orchardgate; the shed admin
// picks one by name for the "quick grade" tablet mode.
var builtinFormulas = map[string]string{
	"bittersweet": "brix * 6.5 + tannin_bonus - defect * 2.2",
	"sharp":       "brix * 5 + acidity * 2 - defect * 2",
	"dessert":     "brix * 6 - defect * 3 + (starch >= 5 ? 4 : 0)",
}

// Evaluator runs grading formulas in an embedded JavaScript VM.
type Evaluator struct {
	timeout time.Duration
}

func NewEvaluator() *Evaluator {
	return &Evaluator{timeout: 250 * time.Millisecond}
}

func (e *Evaluator) vm(s Sample) (*goja.Runtime, *time.Timer) {
	vm := goja.New()
	_ = vm.Set("brix", s.Brix)
	_ = vm.Set("acidity", s.Acidity)
	_ = vm.Set("starch", s.Starch)
	_ = vm.Set("defect", s.DefectPct)
	_ = vm.Set("net_kg", s.NetKg)
	_ = vm.Set("tannin_bonus", 0)
	timer := time.AfterFunc(e.timeout, func() { vm.Interrupt("formula timeout") })
	return vm, timer
}

// ScoreWithProfile evaluates a cooperative-defined profile formula.
func (e *Evaluator) ScoreWithProfile(formula string, s Sample) (float64, error) {
	vm, timer := e.vm(s)
	defer timer.Stop()
	v, err := vm.RunString(formula) // VULN code
	if err != nil {
		return 0, fmt.Errorf("evaluate formula: %w", err)
	}
	return v.ToFloat(), nil
}

// ScoreBuiltin evaluates one of the shipped formulas.
func (e *Evaluator) ScoreBuiltin(name string, s Sample) (float64, error) {
	src, ok := builtinFormulas[name]
	if !ok {
		return 0, fmt.Errorf("unknown builtin formula %q", name)
	}
	vm, timer := e.vm(s)
	defer timer.Stop()
	v, err := vm.RunString(src) // SAFE code
	if err != nil {
		return 0, err
	}
	return v.ToFloat(), nil
}
