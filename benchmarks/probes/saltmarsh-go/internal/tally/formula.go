package tally

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"github.com/dop251/goja"
)

// Measurements are the biometrics a formula can refer to.
type Measurements struct {
	Wing   float64
	Mass   float64
	Tarsus float64
	Fat    float64
	Muscle float64
}

// Engine evaluates site-specific condition indices that leaders define for
// a species (e.g. "mass / (wing * wing) * 1000").
type Engine struct {
	sheetDir string
}

func NewEngine(sheetDir string) *Engine { return &Engine{sheetDir: sheetDir} }

func (e *Engine) newVM(m Measurements) *goja.Runtime {
	vm := goja.New()
	_ = vm.Set("wing", m.Wing)
	_ = vm.Set("mass", m.Mass)
	_ = vm.Set("tarsus", m.Tarsus)
	_ = vm.Set("fat", m.Fat)
	_ = vm.Set("muscle", m.Muscle)
	return vm
}

func interrupt(vm *goja.Runtime) *time.Timer {
	return time.AfterFunc(200*time.Millisecond, func() { vm.Interrupt("formula timeout") })
}

// EvaluateScript runs an advanced formula. Advanced formulas can refer to
// the reference tables stored for the site via sheet("name").
func (e *Engine) EvaluateScript(script string, m Measurements) (float64, error) {
	vm := e.newVM(m)
	_ = vm.Set("sheet", func(name string) string {
		b, err := os.ReadFile(filepath.Join(e.sheetDir, name))
		if err != nil {
			return ""
		}
		return string(b)
	})
	t := interrupt(vm)
	defer t.Stop()
	v, err := vm.RunString(script) // VULN code
	if err != nil {
		return 0, err
	}
	return v.ToFloat(), nil
}

var simpleFormula = regexp.MustCompile(`^(?:\s*(?:wing|mass|tarsus|fat|muscle|[0-9]+(?:\.[0-9]+)?|[-+*/()])\s*)+$`)

var ErrFormula = errors.New("formula may only use measurements, numbers and + - * / ( )")

// EvaluateSimple runs an arithmetic-only formula.
func (e *Engine) EvaluateSimple(formula string, m Measurements) (float64, error) {
	if len(formula) > 200 || !simpleFormula.MatchString(formula) {
		return 0, ErrFormula
	}
	vm := e.newVM(m)
	t := interrupt(vm)
	defer t.Stop()
	v, err := vm.RunString(formula) // SAFE code
	if err != nil {
		return 0, fmt.Errorf("formula: %w", err)
	}
	return v.ToFloat(), nil
}
