package service

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"github.com/skyvane/skyvane/internal/models"
	"github.com/skyvane/skyvane/internal/queue"
	"github.com/skyvane/skyvane/internal/repository"
)

// builtinFormulas are the vendor corrections shipped with Skyvane, keyed by
// sensor model.
var builtinFormulas = map[string]string{
	"vaisala-wxt536": `func Calibrate(t, h, p float64) (float64, float64, float64) { return t - 0.15, h * 1.02, p + 0.35 }`,
	"davis-vp2":      `func Calibrate(t, h, p float64) (float64, float64, float64) { return t + 0.1, h, p - 0.2 }`,
	"campbell-cs215": `func Calibrate(t, h, p float64) (float64, float64, float64) { return t*1.004 - 0.05, h, p }`,
	"skyvane-sv1":    `func Calibrate(t, h, p float64) (float64, float64, float64) { return t, h, p }`,
}

type calFunc func(t, h, p float64) (float64, float64, float64)

type CalibrationService struct {
	readings *repository.ReadingRepo
	stations *repository.StationRepo

	mu    sync.Mutex
	cache map[string]calFunc
}

func NewCalibrationService(readings *repository.ReadingRepo, stations *repository.StationRepo) *CalibrationService {
	return &CalibrationService{readings: readings, stations: stations, cache: map[string]calFunc{}}
}

func extractCalibrate(i *interp.Interpreter) (calFunc, error) {
	v, err := i.Eval("Calibrate")
	if err != nil {
		return nil, fmt.Errorf("formula must define Calibrate: %w", err)
	}
	fn, ok := v.Interface().(func(float64, float64, float64) (float64, float64, float64))
	if !ok {
		return nil, fmt.Errorf("Calibrate has the wrong signature")
	}
	return fn, nil
}

func (s *CalibrationService) compileBuiltin(model string) (calFunc, error) {
	src, ok := builtinFormulas[model]
	if !ok {
		return nil, fmt.Errorf("no calibration for sensor model %q", model)
	}
	i := interp.New(interp.Options{})
	if _, err := i.Eval(src); err != nil { // SAFE code
		return nil, err
	}
	return extractCalibrate(i)
}

// compileCustom compiles a station-specific formula. Formulas may use the
// standard library (mostly math).
func (s *CalibrationService) compileCustom(src string) (calFunc, error) {
	i := interp.New(interp.Options{})
	if err := i.Use(stdlib.Symbols); err != nil {
		return nil, err
	}
	if _, err := i.Eval(src); err != nil { // VULN code
		return nil, fmt.Errorf("calibration formula: %w", err)
	}
	return extractCalibrate(i)
}

func (s *CalibrationService) formulaFor(st *models.Station) (calFunc, error) {
	key := fmt.Sprintf("%d:%d", st.ID, st.UpdatedAt.UnixNano())
	s.mu.Lock()
	defer s.mu.Unlock()
	if fn, ok := s.cache[key]; ok {
		return fn, nil
	}
	var fn calFunc
	var err error
	if st.Calibration != "" {
		fn, err = s.compileCustom(st.Calibration)
	} else {
		fn, err = s.compileBuiltin(st.SensorModel)
	}
	if err != nil {
		return nil, err
	}
	s.cache[key] = fn
	return fn, nil
}

// Apply runs the station's calibration over the readings of a task.
func (s *CalibrationService) Apply(ctx context.Context, t queue.CalibrationTask) (int, error) {
	st, err := s.stations.ByID(ctx, t.StationID)
	if err != nil {
		return 0, err
	}
	fn, err := s.formulaFor(st)
	if err != nil {
		return 0, err
	}
	var rows []models.Reading
	if len(t.ReadingIDs) > 0 {
		rows, err = s.readings.ByIDs(ctx, t.ReadingIDs)
	} else {
		now := time.Now().UTC()
		rows, err = s.readings.Range(ctx, int64(st.ID), now.Add(-time.Hour), now, 10_000)
	}
	if err != nil {
		return 0, err
	}
	for _, r := range rows {
		r.TempC, r.HumidityPct, r.PressureHPa = fn(r.TempC, r.HumidityPct, r.PressureHPa)
		if err := s.readings.UpdateCalibrated(ctx, r); err != nil {
			return 0, err
		}
	}
	return len(rows), nil
}
