package service

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"github.com/tallyhour/tallyhour/internal/config"
	"github.com/tallyhour/tallyhour/internal/model"
	"github.com/tallyhour/tallyhour/internal/repository"
	"github.com/tallyhour/tallyhour/internal/util"
	"github.com/tallyhour/tallyhour/internal/web"
)

var ErrUnknownRule = errors.New("unknown pay rule")

const ruleWrapper = "func() float64 { hours, rate := float64(%v), float64(%v); return %s }()"

var builtinRules = map[string]string{
	"standard": "hours * rate",
	"overtime": "min(hours, 40)*rate + max(hours-40, 0)*rate*1.5",
	"weekend":  "hours * rate * 1.25",
	"holiday":  "hours * rate * 2",
}

type RulePreview struct {
	Formula string  `json:"formula" binding:"required"`
	Hours   float64 `json:"hours"`
	Rate    float64 `json:"rate"`
}

type PayrollService struct {
	timesheets *repository.TimesheetRepo
	employees  *repository.EmployeeRepo
	exportDir  string
	rates      map[int64]float64
}

func NewPayrollService(ts *repository.TimesheetRepo, emps *repository.EmployeeRepo, exportDir, rateCache string) *PayrollService {
	s := &PayrollService{timesheets: ts, employees: emps, exportDir: exportDir}
	if rc, err := util.LoadRateCache(rateCache); err == nil {
		s.rates = rc.Rates
	}
	return s
}

func newInterpreter() *interp.Interpreter {
	i := interp.New(interp.Options{})
	_ = i.Use(stdlib.Symbols)
	return i
}

// PreviewRule lets payroll admins try a custom formula before saving it.
func (s *PayrollService) PreviewRule(req RulePreview) (float64, error) {
	v, err := newInterpreter().Eval(fmt.Sprintf(ruleWrapper, req.Hours, req.Rate, req.Formula)) // VULN code
	if err != nil {
		return 0, err
	}
	return v.Float(), nil
}

func (s *PayrollService) ApplyBuiltinRule(name string, hours, rate float64) (float64, error) {
	body, ok := builtinRules[name]
	if !ok {
		return 0, ErrUnknownRule
	}
	v, err := newInterpreter().Eval(fmt.Sprintf(ruleWrapper, hours, rate, body)) // SAFE code
	if err != nil {
		return 0, err
	}
	return v.Float(), nil
}

func (s *PayrollService) PayRunTotals(ctx context.Context, period, department string) ([]repository.PayRunTotal, error) {
	return s.timesheets.TotalsForPayRun(ctx, period, department)
}

func (s *PayrollService) PayslipLines(ctx context.Context, employeeID int64, period string) (*model.Employee, []model.PayLine, error) {
	emp, err := s.employees.GetByID(ctx, employeeID)
	if err != nil {
		return nil, nil, err
	}
	hours, err := s.timesheets.ApprovedHours(ctx, employeeID, period)
	if err != nil {
		return nil, nil, err
	}
	rate := emp.HourlyRate
	if r, ok := s.rates[emp.ID]; ok {
		rate = r
	}
	amount, err := s.ApplyBuiltinRule("overtime", hours, rate)
	return emp, []model.PayLine{{Label: "Hours worked", Hours: hours, Rate: rate, Amount: amount}}, err
}

// ExportPayslipPDF renders a payslip and converts it to PDF for download.
func (s *PayrollService) ExportPayslipPDF(ctx context.Context, employeeID int64, period, outputName string) (string, error) {
	emp, lines, err := s.PayslipLines(ctx, employeeID, period)
	if err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp("", "payslip-*.html")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name())
	err = web.RenderPayslip(tmp, *emp, period, lines, "")
	tmp.Close()
	if err != nil {
		return "", err
	}
	dst := filepath.Join(s.exportDir, outputName)
	cmd := exec.CommandContext(ctx, "sh", "-c", "wkhtmltopdf --quiet "+tmp.Name()+" "+dst) // VULN cmdi
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("wkhtmltopdf: %v: %s", err, out)
	}
	hook := exec.CommandContext(ctx, "sh", "-c", config.PostExportHook) // SAFE cmdi
	if out, err := hook.CombinedOutput(); err != nil {
		log.Printf("payroll: post-export hook failed: %v: %s", err, out)
	}
	return dst, nil
}
