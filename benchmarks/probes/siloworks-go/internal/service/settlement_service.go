package service

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/siloworks/elevator/internal/dto"
	"github.com/siloworks/elevator/internal/models"
	"github.com/siloworks/elevator/internal/reports"
	"github.com/siloworks/elevator/internal/repository"
	"github.com/siloworks/elevator/internal/tasks"
)

// SettlementService computes and publishes farmer settlement statements.
type SettlementService struct {
	settlements *repository.SettlementRepo
	tickets     *repository.TicketRepo
	samples     *repository.SampleRepo
	farmers     *repository.FarmerRepo
	queue       *tasks.Queue
	renderer    *reports.Renderer
	exportDir   string
}

func NewSettlementService(st *repository.SettlementRepo, t *repository.TicketRepo, sa *repository.SampleRepo,
	f *repository.FarmerRepo, q *tasks.Queue, r *reports.Renderer, exportDir string) *SettlementService {
	return &SettlementService{settlements: st, tickets: t, samples: sa, farmers: f, queue: q, renderer: r, exportDir: exportDir}
}

// RequestBuild queues a statement build.
func (s *SettlementService) RequestBuild(ctx context.Context, req dto.StatementRequest, user string) (string, error) {
	if !req.PeriodTo.After(req.PeriodFrom) {
		return "", fmt.Errorf("period end must be after start")
	}
	layout := req.Format
	if layout == "" {
		layout = "print"
	}
	name := req.FileName
	if name == "" {
		name = fmt.Sprintf("statement-%d-%s", req.FarmerID, req.PeriodTo.Format("20060102"))
	}
	return s.queue.BuildSettlement(ctx, tasks.SettlementBuild{
		FarmerID: req.FarmerID, PeriodFrom: req.PeriodFrom, PeriodTo: req.PeriodTo,
		Memo: req.Memo, Layout: layout, FileName: name, RequestedBy: user,
	})
}

// Build computes the statement; called by the worker.
func (s *SettlementService) Build(ctx context.Context, p tasks.SettlementBuild) (*models.Settlement, error) {
	farmer, err := s.farmers.ByID(ctx, p.FarmerID)
	if err != nil {
		return nil, err
	}
	tickets, err := s.tickets.ForSettlement(ctx, p.FarmerID, p.PeriodFrom, p.PeriodTo)
	if err != nil {
		return nil, err
	}
	st := &models.Settlement{
		StatementNo: fmt.Sprintf("S-%d-%s", p.FarmerID, p.PeriodTo.Format("200601")),
		FarmerID:    farmer.ID, FarmerName: farmer.Name, PeriodFrom: p.PeriodFrom, PeriodTo: p.PeriodTo, Memo: p.Memo,
	}
	schedules := map[string][]models.Discount{}
	for _, t := range tickets {
		disc, ok := schedules[t.Commodity]
		if !ok {
			if disc, err = s.samples.DiscountsFor(ctx, t.Commodity); err != nil {
				return nil, err
			}
			schedules[t.Commodity] = disc
		}
		samples, _ := s.samples.ForTicket(ctx, t.ID)
		line := priceTicket(t, samples, disc)
		st.Lines = append(st.Lines, line)
		st.GrossAmount += line.Amount + line.Discount
		st.Deductions += line.Discount
	}
	st.NetAmount = st.GrossAmount - st.Deductions
	if err := s.settlements.Insert(ctx, st); err != nil {
		return nil, err
	}
	return st, nil
}

// priceTicket converts net kg to bushels and applies moisture discount.
func priceTicket(t models.Ticket, samples []models.Sample, sched []models.Discount) models.SettlementLine {
	kgPerBu := reports.KgPerBushel[t.Commodity]
	if kgPerBu == 0 {
		kgPerBu = 25.401
	}
	bu := t.NetKg() / kgPerBu
	const price = 4.35
	var moisture float64
	if len(samples) > 0 {
		moisture = samples[0].MoisturePct
	}
	var discount float64
	for _, d := range sched {
		if moisture >= d.MoistureMin && moisture < d.MoistureMax {
			discount = d.RatePerTon * t.NetKg() / 1000
			bu *= 1 - d.ShrinkPct/100
		}
	}
	amount := bu*price - discount
	return models.SettlementLine{TicketNo: t.TicketNo, Commodity: t.Commodity, NetBushels: bu, Price: price, Discount: discount, Amount: amount}
}

// Get loads a statement.
func (s *SettlementService) Get(ctx context.Context, id int64) (*models.Settlement, error) {
	st, err := s.settlements.GetByID(ctx, id)
	if err != nil {
		return nil, ErrNotFound
	}
	return st, nil
}

// ForFarmer lists a farmer's statements.
func (s *SettlementService) ForFarmer(ctx context.Context, farmerID int64) ([]models.Settlement, error) {
	return s.settlements.ListForFarmer(ctx, farmerID)
}

// Printable renders the printable HTML version.
func (s *SettlementService) Printable(ctx context.Context, id int64) ([]byte, error) {
	st, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.renderer.RenderBytes("print", st)
}

// PreviewLayout renders a statement with a draft co-op layout.
func (s *SettlementService) PreviewLayout(ctx context.Context, id int64, layoutSrc string) (string, error) {
	st, err := s.Get(ctx, id)
	if err != nil {
		return "", err
	}
	return s.renderer.RenderCustom(layoutSrc, st)
}

// IssuedFile returns the rendered PDF of an issued statement.
func (s *SettlementService) IssuedFile(st *models.Settlement) string {
	return filepath.Join(s.exportDir, filepath.Base(st.PDFFile))
}

// ExportFile resolves a file from the export directory by name.
func (s *SettlementService) ExportFile(name string) string {
	return filepath.Join(s.exportDir, strings.TrimPrefix(name, "/"))
}

// MarkIssued stores the PDF file name on the statement.
func (s *SettlementService) MarkIssued(ctx context.Context, id int64, file string) error {
	return s.settlements.SetPDF(ctx, id, file)
}

// Periods returns the default statement period (previous calendar month).
func Periods(now time.Time) (time.Time, time.Time) {
	first := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
	return first.AddDate(0, -1, 0), first.Add(-time.Nanosecond)
}
