package main

import (
	"net/http"

	"github.com/dop251/goja"
	"github.com/expr-lang/expr"
	"github.com/labstack/echo/v4"
	"github.com/traefik/yaegi/interp"
)

const defaultFormula = "distanceKm * fuelPerKm * fuelPrice"

// a fleet's cost formula, run by an embedded JavaScript engine
func estimate(c echo.Context) error {
	formula := c.QueryParam("formula")
	vm := goja.New()
	// ok: trace.go.code-injection.tainted-script
	base, _ := vm.RunString(defaultFormula)
	// ruleid: trace.go.code-injection.tainted-script
	custom, _ := vm.RunString(formula)
	return c.JSON(http.StatusOK, map[string]any{"base": base.Export(), "custom": custom.Export()})
}

func evaluate(w http.ResponseWriter, r *http.Request) {
	rule := r.URL.Query().Get("rule")
	// ruleid: trace.go.code-injection.tainted-script
	program, _ := expr.Compile(rule)
	// ok: trace.go.code-injection.tainted-script
	fixed, _ := expr.Compile("amount > 100")
	i := interp.New(interp.Options{})
	// ruleid: trace.go.code-injection.tainted-script
	_, _ = i.Eval(r.FormValue("snippet"))
	_, _ = program, fixed
}

type promoRule struct {
	Expression string `json:"expression"`
}

// a runtime made by a helper of the file
func previewPromo(c echo.Context) error {
	var rule promoRule
	if err := c.Bind(&rule); err != nil {
		return err
	}
	vm := newPromoRuntime()
	// ruleid: trace.go.code-injection.tainted-script
	v, _ := vm.RunString(rule.Expression)
	// ok: trace.go.code-injection.tainted-script
	w, _ := vm.RunString(defaultFormula)
	return c.JSON(http.StatusOK, map[string]any{"v": v.Export(), "w": w.Export()})
}

func newPromoRuntime() *goja.Runtime { return goja.New() }
