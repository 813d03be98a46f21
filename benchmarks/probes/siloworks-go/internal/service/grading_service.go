package service

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/siloworks/elevator/internal/devices"
	"github.com/siloworks/elevator/internal/dto"
	"github.com/siloworks/elevator/internal/models"
	"github.com/siloworks/elevator/internal/repository"
)

var meterPortPattern = regexp.MustCompile(`^/dev/tty(USB|ACM|S)[0-9]{1,2}$`)

// GradingService records lab samples and applies USDA grade limits.
type GradingService struct {
	samples  *repository.SampleRepo
	tickets  *repository.TicketRepo
	meter    *devices.Meter
	imageDir string
}

func NewGradingService(s *repository.SampleRepo, t *repository.TicketRepo, m *devices.Meter, imageDir string) *GradingService {
	return &GradingService{samples: s, tickets: t, meter: m, imageDir: imageDir}
}

// gradeFor applies the simplified No.1–No.5 limits for corn.
func gradeFor(testWeight, damaged, foreign float64) string {
	switch {
	case testWeight >= 56 && damaged <= 3 && foreign <= 2:
		return "US No.1"
	case testWeight >= 54 && damaged <= 5 && foreign <= 3:
		return "US No.2"
	case testWeight >= 52 && damaged <= 7 && foreign <= 4:
		return "US No.3"
	case testWeight >= 49 && damaged <= 10 && foreign <= 5:
		return "US No.4"
	case testWeight >= 46 && damaged <= 15 && foreign <= 7:
		return "US No.5"
	default:
		return "Sample Grade"
	}
}

// Record stores a sample, reading the meter directly when a port is given.
func (g *GradingService) Record(ctx context.Context, req dto.SampleRequest, grader string) (*models.Sample, error) {
	if _, err := g.tickets.GetByID(ctx, req.TicketID); err != nil {
		return nil, ErrNotFound
	}
	s := &models.Sample{
		TicketID: req.TicketID, MoisturePct: req.MoisturePct, TestWeight: req.TestWeight,
		ForeignPct: req.ForeignPct, DamagedPct: req.DamagedPct, GradedBy: grader, MeterSerial: req.MeterSerial,
	}
	if req.MeterPort != "" {
		if !meterPortPattern.MatchString(req.MeterPort) {
			return nil, fmt.Errorf("invalid meter port %q", req.MeterPort)
		}
		r, err := g.meter.Read(ctx, req.MeterPort)
		if err != nil {
			return nil, err
		}
		s.MoisturePct, s.TestWeight, s.MeterSerial = r.MoisturePct, r.TestWeight, r.Serial
	}
	s.Grade = gradeFor(s.TestWeight, s.DamagedPct, s.ForeignPct)
	if err := g.samples.Insert(ctx, s); err != nil {
		return nil, err
	}
	return s, nil
}

// MeterCalibration returns the calibration curves loaded on a meter.
func (g *GradingService) MeterCalibration(ctx context.Context, port string) (map[string]string, error) {
	return g.meter.CalibrationInfo(ctx, port)
}

// ForTicket lists samples of a ticket.
func (g *GradingService) ForTicket(ctx context.Context, ticketID int64) ([]models.Sample, error) {
	return g.samples.ForTicket(ctx, ticketID)
}

// ImportProbeImages unpacks the zip exported by the probe camera for a sample.
func (g *GradingService) ImportProbeImages(ctx context.Context, sampleID int64, zr *zip.Reader) (int, error) {
	dir := filepath.Join(g.imageDir, strconv.FormatInt(sampleID, 10))
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return 0, err
	}
	n := 0
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		dest := filepath.Join(dir, f.Name)
		if err := os.MkdirAll(filepath.Dir(dest), 0o750); err != nil {
			return n, err
		}
		src, err := f.Open()
		if err != nil {
			return n, err
		}
		out, err := os.OpenFile(dest, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // VULN zipslip
		if err != nil {
			src.Close()
			return n, err
		}
		_, err = io.Copy(out, io.LimitReader(src, 16<<20))
		out.Close()
		src.Close()
		if err != nil {
			return n, err
		}
		n++
	}
	return n, g.samples.SetImageArchive(ctx, sampleID, dir)
}
